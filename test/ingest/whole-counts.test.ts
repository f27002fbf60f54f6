import { describe, expect, it } from 'vitest';
import { bundledMeasures } from '../../src/catalogue/measures.js';
import { checkWholeCounts } from '../../src/ingest/checks.js';
import type { Observation } from '../../src/model.js';

const measures = new Map(bundledMeasures.map((measure) => [measure.id, measure]));
const row = (measure: string, value: number | null, line: number, file = 'fire-incidents.csv'): Observation => ({ measure, areaCode: 'A1', period: '2024', value, file, line });
const check = (observations: Observation[]) => checkWholeCounts(observations, measures, (file) => `data/2024/${file}`, 'assess.config.yaml');

describe('checkWholeCounts', () => {
  it('refuses a count written with a point for thousands or as a percentage, naming the file, lines and values', () => {
    // "1.570" (1,570 in a European export) and "15.2%" both read as small decimals.
    const [problem, ...rest] = check([row('fires_accidental', 81, 2), row('fires_accidental', 1.57, 18), row('fires_accidental', 15.2, 19)]);
    expect(rest).toEqual([]);
    expect(problem?.message).toBe('Accidental fires is a count, but 2 values for it in fire-incidents.csv are not a whole number');
    expect(problem?.details.location).toEqual({ file: 'data/2024/fire-incidents.csv', line: 18 });
    expect(problem?.details.found).toBe('1.57 on line 18, 15.2 on line 19');
    expect(problem?.details.fix).toContain('set "value_kind: rate" for it under "measures:" in assess.config.yaml');
  });

  it('gives one problem per file and measure, and names the first three lines of many', () => {
    const problems = check([
      ...[3, 4, 5, 6, 7].map((line) => row('robbery', line + 0.5, line, 'police.csv')),
      row('asb', 2.25, 9, 'police.csv'),
    ]);
    expect(problems.map((p) => [p.message, p.details.found])).toEqual([
      ['Robbery is a count, but 5 values for it in police.csv are not a whole number', '3.5 on line 3, 4.5 on line 4, 5.5 on line 5 and 2 more'],
      ['Anti-social behaviour (ASB) is a count, but a value for it in police.csv is not a whole number', '2.25 on line 9'],
    ]);
  });

  it('accepts whole and negative counts, no value, rates, ratios and measures it does not know', () => {
    expect(check([
      row('robbery', 12, 2), row('robbery', -3, 3), row('robbery', null, 4),
      row('ft_suicide_rate', 10.4, 5), row('da_repeat_pct', 31.5, 6), row('not_in_the_catalogue', 0.5, 7),
    ])).toEqual([]);
  });
});
