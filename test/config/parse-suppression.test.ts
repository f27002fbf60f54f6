import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { errorFrom, problemsOf } from '../ingest/helpers.js';

const file = 'assess.config.yaml';
const base = `partnership: Safer Maidstone Partnership
area: E07000110
county:
  name: Kent
  areas: [E07000105, E07000110]
year_end_month: 9
`;

describe('suppression in the configuration', () => {
  it('is absent unless configured', () => {
    expect('suppression' in parseConfig(base, file)).toBe(false);
  });

  it('reads a rule or none per agency', () => {
    const config = parseConfig(`${base}suppression:
  health: { threshold: 5, round_to: 1 }
  police: none
`, file);
    expect(config.suppression).toEqual({ health: { threshold: 5, roundTo: 1 }, police: 'none' });
  });

  it('reports unknown agencies and bad rules with line and column', () => {
    const error = errorFrom(() => parseConfig(`${base}suppression:
  polise: { threshold: 7, round_to: 5 }
  health: { threshold: -1, round_to: 0 }
  fire: nothing
  probation: { threshold: 7 }
  youth offending:
`, file));
    expect(problemsOf(error).map((p) => `${p.details.location?.line}:${p.details.location?.column} ${p.message}`)).toEqual([
      '8:3 Unknown setting "polise" in "suppression". Did you mean "police"?',
      '9:24 "threshold" in "suppression.health" is not valid',
      '9:38 "round_to" in "suppression.health" is not valid',
      '10:9 "suppression.fire" is not valid.',
      '11:14 "suppression.probation" is missing "round_to"',
      '12:3 "suppression.youth offending" is not valid.',
    ]);
  });

  it('must be a group of settings', () => {
    const error = errorFrom(() => parseConfig(`${base}suppression: nhs\n`, file));
    expect(problemsOf(error).map((p) => p.message)).toEqual(['"suppression" should be a group of settings']);
  });
});
