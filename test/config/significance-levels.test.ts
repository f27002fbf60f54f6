import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { errorFrom, problemsOf } from '../ingest/helpers.js';

const file = 'projects/maidstone/assess.config.yaml';

const base = `partnership: Safer Maidstone Partnership
area: E07000110
county:
  name: Kent
  code: E10000016
  areas: [E07000105, E07000106, E07000110]
year_end_month: 9
`;

describe('parseConfig: significance_levels', () => {
  it('is absent unless configured (the default is one level)', () => {
    expect(parseConfig(base, file)).not.toHaveProperty('significanceLevels');
  });

  it('reads 1 or 2', () => {
    expect(parseConfig(`${base}significance_levels: 2\n`, file).significanceLevels).toBe(2);
    expect(parseConfig(`${base}significance_levels: 1\n`, file).significanceLevels).toBe(1);
  });

  it('reports any other value at its line and column', () => {
    const error = errorFrom(() => parseConfig(`${base}significance_levels: 3\n`, file));
    const [problem] = problemsOf(error);
    expect(problem!.message).toContain('"significance_levels" is not valid');
    expect(problem!.details.location).toEqual({ file, line: 8, column: 22 });
    expect(problem!.details.found).toBe('3');
    const text = errorFrom(() => parseConfig(`${base}significance_levels: two\n`, file));
    expect(problemsOf(text)[0]!.details.location).toEqual({ file, line: 8, column: 22 });
  });
});
