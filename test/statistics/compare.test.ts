import { describe, expect, it } from 'vitest';
import { compareWithBenchmark } from '../../src/statistics/compare.js';

describe('compareWithBenchmark: statistics.md table', () => {
  it.each([
    [11, 11, 10, 12, 'similar', 'similar'],
    [3.0, 3.05, 2.7, 3.1, 'similar', 'similar'],
    [3.0, 3.3, 3.2, 3.5, 'worse', 'better'],
    [3.0, 2.5, 2.2, 2.8, 'better', 'worse'],
  ] as const)('benchmark %s, area %s (%s - %s): low is good %s, high is good %s', (benchmark, value, lower95, upper95, lowGood, highGood) => {
    const area = { value, lower95, upper95 };
    expect(compareWithBenchmark(area, benchmark, 'lower_is_better', 1)).toBe(lowGood);
    expect(compareWithBenchmark(area, benchmark, 'higher_is_better', 1)).toBe(highGood);
  });
});

describe('compareWithBenchmark rules', () => {
  it('treats the interval bounds as inside (inclusive)', () => {
    expect(compareWithBenchmark({ value: 3.3, lower95: 3.0, upper95: 3.5 }, 3.0, 'lower_is_better')).toBe('similar');
    expect(compareWithBenchmark({ value: 2.5, lower95: 2.2, upper95: 3.0 }, 3.0, 'lower_is_better')).toBe('similar');
  });

  it('says higher / lower for a neutral measure', () => {
    expect(compareWithBenchmark({ value: 3.3, lower95: 3.2, upper95: 3.5 }, 3.0, 'neutral')).toBe('higher');
    expect(compareWithBenchmark({ value: 2.5, lower95: 2.2, upper95: 2.8 }, 3.0, 'neutral')).toBe('lower');
    expect(compareWithBenchmark({ value: 3.3, lower95: 3.2, upper95: 3.5, lower998: 3.1, upper998: 3.6 }, 3.0, 'neutral', 2)).toBe('higher');
  });

  it('does not compare when the value, the interval or the benchmark is missing', () => {
    expect(compareWithBenchmark({ value: 3.3, lower95: null, upper95: 3.5 }, 3.0, 'lower_is_better')).toBe('not_compared');
    expect(compareWithBenchmark({ value: 3.3, lower95: 3.2, upper95: null }, 3.0, 'lower_is_better')).toBe('not_compared');
    expect(compareWithBenchmark({ value: null, lower95: 3.2, upper95: 3.5 }, 3.0, 'lower_is_better')).toBe('not_compared');
    expect(compareWithBenchmark({ value: 3.3, lower95: 3.2, upper95: 3.5 }, null, 'lower_is_better')).toBe('not_compared');
    expect(compareWithBenchmark({ value: 3.3, lower95: Number.NaN, upper95: 3.5 }, 3.0, 'higher_is_better')).toBe('not_compared');
  });

  describe('two levels (95% and 99.8%)', () => {
    const outside95Inside998 = { value: 3.3, lower95: 3.2, upper95: 3.5, lower998: 2.9, upper998: 3.7 };
    const outside998 = { value: 3.3, lower95: 3.2, upper95: 3.5, lower998: 3.1, upper998: 3.6 };
    const low998 = { value: 2.5, lower95: 2.2, upper95: 2.8, lower998: 2.0, upper998: 2.9 };

    it('is better / worse outside 95% but inside 99.8% (bounds inclusive)', () => {
      expect(compareWithBenchmark(outside95Inside998, 3.0, 'lower_is_better', 2)).toBe('worse');
      expect(compareWithBenchmark(outside95Inside998, 3.0, 'higher_is_better', 2)).toBe('better');
      expect(compareWithBenchmark({ ...outside998, lower998: 3.0 }, 3.0, 'higher_is_better', 2)).toBe('better');
    });

    it('is best / worst outside 99.8%', () => {
      expect(compareWithBenchmark(outside998, 3.0, 'lower_is_better', 2)).toBe('worst');
      expect(compareWithBenchmark(outside998, 3.0, 'higher_is_better', 2)).toBe('best');
      expect(compareWithBenchmark(low998, 3.0, 'lower_is_better', 2)).toBe('best');
      expect(compareWithBenchmark(low998, 3.0, 'higher_is_better', 2)).toBe('worst');
    });

    it('is similar inside 95% whether or not the 99.8% interval is known', () => {
      expect(compareWithBenchmark({ value: 3.05, lower95: 2.7, upper95: 3.1 }, 3.0, 'lower_is_better', 2)).toBe('similar');
    });

    it('does not guess between better and best without the 99.8% interval', () => {
      expect(compareWithBenchmark({ value: 3.3, lower95: 3.2, upper95: 3.5 }, 3.0, 'lower_is_better', 2)).toBe('not_compared');
    });
  });
});
