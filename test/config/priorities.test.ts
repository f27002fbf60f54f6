import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { errorFrom, problemsOf } from '../ingest/helpers.js';

const file = 'assess.config.yaml';

const base = `partnership: Safer Maidstone Partnership
area: E07000110
county:
  name: Kent
  areas: [E07000105, E07000106, E07000110]
year_end_month: 9
`;

const full = `${base}priorities:
  previous:
    - name: Tackle domestic abuse
      measures: [da_incidents, da_repeat_pct]
    - name: Reduce acquisitive crime
      measures: [shoplifting, burglary_residential, vehicle_crime]
  scoring:
    file: priority-scores.csv
    scale: [1, 5]
    weights:
      harm: 3
      likelihood: 2
      organisational: 1
      confidence: 1
      volume: 1
      trend: 2
      county_position: 2
      significance: 1
      resident_concern: 1
    recommend: 4
`;

/** "line:column message" of every problem, for compact expectations. */
function problems(text: string): string[] {
  return problemsOf(errorFrom(() => parseConfig(text, file))).map((p) => `${p.details.location?.line}:${p.details.location?.column} ${p.message}`);
}

describe('the priorities configuration', () => {
  it('is absent unless configured, so the document has no priorities section', () => {
    expect(parseConfig(base, file)).not.toHaveProperty('priorities');
    expect(parseConfig(`${base}priorities:\n`, file)).not.toHaveProperty('priorities');
  });

  it('reads last year\'s priorities and the scoring matrix, keeping the weights in their order', () => {
    expect(parseConfig(full, file).priorities).toEqual({
      previous: [
        { name: 'Tackle domestic abuse', measures: ['da_incidents', 'da_repeat_pct'] },
        { name: 'Reduce acquisitive crime', measures: ['shoplifting', 'burglary_residential', 'vehicle_crime'] },
      ],
      scoring: {
        file: 'priority-scores.csv',
        scale: [1, 5],
        weights: [
          { factor: 'harm', weight: 3 }, { factor: 'likelihood', weight: 2 }, { factor: 'organisational', weight: 1 },
          { factor: 'confidence', weight: 1 }, { factor: 'volume', weight: 1 }, { factor: 'trend', weight: 2 },
          { factor: 'county_position', weight: 2 }, { factor: 'significance', weight: 1 }, { factor: 'resident_concern', weight: 1 },
        ],
        recommend: 4,
      },
    });
  });

  it('defaults the file, the scale and the number recommended, and allows either part alone', () => {
    const scoring = parseConfig(`${base}priorities:\n  scoring:\n    weights: { harm: 2, trend: 1.5 }\n`, file).priorities;
    expect(scoring).toEqual({ previous: [], scoring: { file: 'priority-scores.csv', scale: [1, 5], weights: [{ factor: 'harm', weight: 2 }, { factor: 'trend', weight: 1.5 }], recommend: 4 } });
    const review = parseConfig(`${base}priorities:\n  previous:\n    - name: ASB\n      measures: [asb]\n`, file).priorities;
    expect(review).toEqual({ previous: [{ name: 'ASB', measures: ['asb'] }] });
    // A scores file in a subfolder, written Windows-style.
    expect(parseConfig(`${base}priorities:\n  scoring:\n    file: scores\\moriLE.CSV\n    weights: { harm: 1 }\n`, file).priorities?.scoring?.file).toBe('scores/moriLE.CSV');
  });

  it('reports every problem with its line and column', () => {
    const text = `${base}priorities:
  previous:
    - name: Tackle domestic abuse
      measures: [da_incidents, da_repeat_pcnt]
    - name: Tackle domestic abuse
      measures: []
    - measures: [asb]
  scoring:
    file: ../scores.xlsx
    scale: [5, 1]
    weights:
      harm: 3
      likelyhood: 2
      trend: -1
    recommend: 40
`;
    expect(problems(text)).toEqual([
      '10:32 Priority "Tackle domestic abuse" names an unknown measure. Did you mean "da_repeat_pct"?',
      '11:13 The priority "Tackle domestic abuse" is listed twice',
      '12:17 Priority "Tackle domestic abuse" lists no measures',
      '13:7 Priorities.previous entry 3 is missing "name"',
      '15:11 "file" in "priorities.scoring" should be a CSV file in the year\'s data folder',
      '16:12 "scale" in "priorities.scoring" is not valid',
      '19:7 Unknown setting "likelyhood" in "priorities.scoring.weights". Did you mean "likelihood"?',
      '20:14 The weight of "trend" is not valid',
      '21:16 "recommend" in "priorities.scoring" is not valid',
    ]);
  });

  it('needs at least one part, at least one weight above zero, and a known top-level key', () => {
    expect(problems(`${base}priorities: {}\n`)).toEqual(['7:13 "priorities" has neither "previous" nor "scoring"']);
    expect(problems(`${base}priorities:\n  scoring:\n    weights: { harm: 0, trend: 0 }\n`)).toEqual(['9:14 Every weight in "priorities.scoring.weights" is 0']);
    expect(problems(`${base}priorities:\n  scoring:\n    recommend: 2\n`)).toEqual(['9:5 "priorities.scoring" is missing "weights"']);
    expect(problems(`${base}priority:\n  previous: []\n`)).toEqual(['7:1 Unknown setting "priority" in the configuration. Did you mean "priorities"?']);
  });
});
