import { describe, expect, it } from 'vitest';
import { spcConcernFact } from '../../src/report/spc-facts.js';
import { measure } from '../narrative/rows.js';

describe('spcConcernFact', () => {
  const measures = [measure({ id: 'shoplifting', label: 'Shoplifting' }), measure({ id: 'robbery', label: 'Robbery' }), measure({ id: 'asb', label: 'ASB' })];

  it('names measures whose concern continues to the latest month', () => {
    const charts = new Map([
      ['shoplifting', { charts: [], spcSummary: 'special cause: concern, 7-point run above the mean since March 2024', spcConcernContinues: true }],
      ['robbery', { charts: [], spcSummary: 'special cause: concern, point above the upper limit in October 2020', spcConcernContinues: false }],
      ['asb', { charts: [], spcSummary: 'special cause: improvement, 8-point run below the mean since May 2024', spcConcernContinues: false }],
    ]);
    expect(spcConcernFact(measures, charts)).toBe('Statistical process control shows special-cause variation of concern continuing to the latest month for Shoplifting (7-point run above the mean since March 2024).');
  });

  it('counts a single point beyond the limit in the latest month as continuing', () => {
    const charts = new Map([['robbery', { charts: [], spcSummary: 'special cause: concern, point above the upper limit in September 2024', spcConcernContinues: true }]]);
    expect(spcConcernFact(measures, charts)).toBe('Statistical process control shows special-cause variation of concern continuing to the latest month for Robbery (point above the upper limit in September 2024).');
  });

  it('says nothing when no concern continues', () => {
    expect(spcConcernFact(measures, new Map())).toBeNull();
    expect(spcConcernFact(measures, undefined)).toBeNull();
  });
});
