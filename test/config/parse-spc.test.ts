import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { AssessError } from '../../src/errors.js';
import { rebaseIndices } from '../../src/report/measure-charts.js';

const base = 'partnership: P\narea: E07000001\ncounty:\n  name: C\n  areas: [E07000001, E07000002]\nyear_end_month: 9\n';

describe('spc settings', () => {
  it('reads outlier screening and rebase months per measure', () => {
    const config = parseConfig(`${base}spc:\n  screen_outliers: true\n  rebase:\n    shoplifting: [2024-01, 2022-04]\n`, 'assess.config.yaml');
    expect(config.spc).toEqual({ screenOutliers: true, rebase: { shoplifting: ['2022-04', '2024-01'] } });
  });

  it('leaves the settings out when not configured', () => {
    expect(parseConfig(base, 'assess.config.yaml').spc).toBeUndefined();
  });

  it('reports a month that is not a month and an unknown measure, with line and column', () => {
    const error = (() => {
      try {
        parseConfig(`${base}spc:\n  rebase:\n    shoplifting: [2024-13]\n    shopliftng: [2024-01]\n`, 'assess.config.yaml');
      } catch (e) {
        return e as AssessError;
      }
      return undefined;
    })()!;
    const messages = (error.related.length > 0 ? error.related : [error]).map((e) => `${e.details.location?.line}:${e.message}`);
    expect(messages.some((m) => m.startsWith('9:"2024-13" in "spc.rebase.shoplifting" is not a month'))).toBe(true);
    expect(messages.some((m) => m.startsWith('10:') && m.includes('shopliftng'))).toBe(true);
  });
});

describe('rebaseIndices', () => {
  const labels = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];
  it('places rebases in the run and drops those that would leave a one-point baseline', () => {
    expect(rebaseIndices(['2024-03'], labels)).toEqual([2]);
    expect(rebaseIndices(['2024-06', '2024-02', '2023-01', '2024-03'], labels)).toEqual([2]);
    expect(rebaseIndices(['2024-01'], labels)).toEqual([]);
  });
});
