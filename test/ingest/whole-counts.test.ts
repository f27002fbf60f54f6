import { describe, expect, it } from 'vitest';
import { bundledMeasures } from '../../src/catalogue/measures.js';
import { checkWholeCounts } from '../../src/ingest/checks.js';
import type { Observation } from '../../src/model.js';

const measures = new Map(bundledMeasures.map((measure) => [measure.id, measure]));
const row = (measure: string, value: number | null, line: number, file = 'fire-incidents.csv'): Observation => ({ measure, areaCode: 'A1', period: '2024', value, file, line });
const check = (observations: Observation[]) => checkWholeCounts(observations, measures, (file) => `data/2024/${file}`);

describe('checkWholeCounts', () => {
  it('warns of a count written with a point for thousands or as a percentage, naming the file, lines and values', () => {
    // "1.570" (1,570 in a European export) and "15.2%" both read as small decimals.
    expect(check([row('fires_accidental', 81, 2), row('fires_accidental', 1.57, 18), row('fires_accidental', 15.2, 19)])).toEqual([{
      message: 'Accidental fires is a count, but 2 values for it are not whole numbers (1.57 on line 18, 15.2 on line 19): check the extract does not write thousands with a point (1.570 for 1,570) or give percentages. Rates or averages are declared with value_kind: rate',
      measure: 'fires_accidental',
      file: 'data/2024/fire-incidents.csv',
      line: 18,
    }]);
  });

  it('gives one warning per file and measure, naming the first three lines of many, in time linear in the rows', () => {
    const warnings = check([
      ...Array.from({ length: 50_000 }, (_, i) => row('robbery', i + 0.5, i + 2, 'police.csv')),
      row('asb', 2.25, 9, 'police.csv'),
    ]);
    expect(warnings.map((w) => w.message.split(':')[0])).toEqual([
      'Robbery is a count, but 50,000 values for it are not whole numbers (0.5 on line 2, 1.5 on line 3, 2.5 on line 4 and 49,997 more)',
      'Anti-social behaviour (ASB) is a count, but a value for it is not a whole number (2.25 on line 9)',
    ]);
  });

  it('accepts whole and negative counts, no value, rates, ratios and measures it does not know', () => {
    expect(check([
      row('robbery', 12, 2), row('robbery', -3, 3), row('robbery', null, 4),
      row('ft_suicide_rate', 10.4, 5), row('da_repeat_pct', 31.5, 6), row('not_in_the_catalogue', 0.5, 7),
    ])).toEqual([]);
  });
});
