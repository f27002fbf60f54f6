import { describe, expect, it } from 'vitest';
import { bundledMeasures } from '../../src/catalogue/measures.js';
import { agreeWith, isPluralLabel } from '../../src/narrative/agreement.js';

describe('isPluralLabel', () => {
  it.each([
    ['All crime', false],
    ['Anti-social behaviour (ASB)', false],
    ['Theft of pedal cycle', false],
    ['Violence against the person', false],
    ['Possession of weapons', false],
    ['Domestic abuse – number of incidents', false],
    ['Burglary – business and community', false],
    ['Sexual offences', true],
    ['Accidental fires', true],
    ['Adults who re-offended', true],
    ['Young people entering the youth justice system for the first time', true],
    ['Road traffic collisions – casualties aged 16 or under', true],
    ['Hospital admissions for violence (including sexual violence)', true],
    ['Road traffic collisions – killed or seriously injured (KSI)', true],
    ['Hospital admissions for violence (including sexual violence) – rate per 100,000', false],
    ['Adult re-offending – actual rate (local measure)', false],
  ])('%s -> plural %s', (label, plural) => {
    expect(isPluralLabel(label)).toBe(plural);
  });

  it('knows the number of every bundled measure label without error', () => {
    expect(bundledMeasures.filter((m) => isPluralLabel(m.label)).length).toBeGreaterThan(5);
  });
});

describe('agreeWith', () => {
  it('uses "have" for plural subjects only', () => {
    expect(agreeWith('Deliberate fires', 'has decreased by 25')).toBe('have decreased by 25');
    expect(agreeWith('Shoplifting', 'has increased by 23')).toBe('has increased by 23');
    expect(agreeWith('Drug offences', 'stands at 12')).toBe('stands at 12');
  });
});
