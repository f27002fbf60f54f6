import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledMeasures } from '../../src/catalogue/measures.js';
import { bundledThemes } from '../../src/catalogue/themes.js';
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

describe('parseConfig', () => {
  it('reads a minimal configuration with defaults', () => {
    const config = parseConfig(base, file);
    expect(config).toEqual({
      partnership: 'Safer Maidstone Partnership',
      area: 'E07000110',
      county: { name: 'Kent', code: 'E10000016', areas: ['E07000105', 'E07000106', 'E07000110'] },
      yearEndMonth: 9,
      draft: false,
      themes: bundledThemes,
      measures: bundledMeasures,
      sourceFile: file,
    });
  });

  it('reads every option, merges overrides over the catalogue and appends new measures and themes', () => {
    const config = parseConfig(`${base}comparators:
  name: Most similar group
  areas:
    - E07000110
    - E07000235
document_date: 2024-11-20
cover_note: Synthetic sample data
draft: true
templates: ./branding
themes:
  - id: asb
    title: Anti-social behaviour and nuisance
  - id: survey
    title: Resident survey
    intro: What residents told the council.
measures:
  - id: all_crime
    label: All recorded crime
    note: Excludes fraud.
  - id: da_repeat_pct
    label: "Domestic abuse: % of repeat victims"
  - id: feel_safe_pct
    label: Residents who feel safe after dark (%)
    agency: council
    theme: survey
    denominator: none
    polarity: higher_is_better
  - id: fires_total
    label: All fires
    agency: fire
    theme: fire
    polarity: lower_is_better
  - id: deliberate_share
    label: Deliberate fires as % of all fires
    agency: fire
    theme: fire
    polarity: lower_is_better
    ratio_of: [fires_deliberate, fires_total]
  - id: asb
    ratio_of: [robbery, all_crime]
    overview: false
`, file);
    expect(config.comparators).toEqual({ name: 'Most similar group', areas: ['E07000110', 'E07000235'] });
    expect(config.documentDate).toBe('2024-11-20');
    expect(config.coverNote).toBe('Synthetic sample data');
    expect(config.draft).toBe(true);
    expect(config.templates).toBe(path.resolve('projects/maidstone/branding'));
    expect(config.themes.map((theme) => theme.id)).toEqual([...bundledThemes.map((theme) => theme.id), 'survey']);
    expect(config.themes[1]).toEqual({ id: 'asb', title: 'Anti-social behaviour and nuisance', intro: bundledThemes[1]!.intro });

    const byId = new Map(config.measures.map((measure) => [measure.id, measure]));
    expect(config.measures.map((measure) => measure.id)).toEqual([...bundledMeasures.map((m) => m.id), 'feel_safe_pct', 'fires_total', 'deliberate_share']);
    expect(byId.get('all_crime')).toEqual({ ...bundledMeasures[0], label: 'All recorded crime', note: 'Excludes fraud.' });
    expect(byId.get('da_repeat_pct')!.label).toBe('Domestic abuse: % of repeat victims');
    expect(byId.get('da_repeat_pct')!.ratioOf).toEqual(['da_repeat_victims', 'da_incidents']);
    expect(byId.get('feel_safe_pct')).toEqual({ id: 'feel_safe_pct', label: 'Residents who feel safe after dark (%)', agency: 'council', theme: 'survey', denominator: 'none', polarity: 'higher_is_better' });
    expect(byId.get('fires_total')!.denominator).toBe('population');
    expect(byId.get('deliberate_share')).toMatchObject({ denominator: 'none', ratioOf: ['fires_deliberate', 'fires_total'] });
    expect(byId.get('asb')).toMatchObject({ denominator: 'none', ratioOf: ['robbery', 'all_crime'], overview: false });
  });

  it('keeps a quoted date and a YAML 1.1 timestamp as YYYY-MM-DD', () => {
    expect(parseConfig(`${base}document_date: "2024-03-01"\n`, file).documentDate).toBe('2024-03-01');
    expect(parseConfig(`%YAML 1.1\n---\n${base}document_date: 2024-11-20\n`, file).documentDate).toBe('2024-11-20');
  });

  it('points at a misspelt key with its line and column and suggests the right one', () => {
    const error = errorFrom(() => parseConfig(base.replace('year_end_month: 9', 'year_end_months: 9'), file));
    // One problem, not a second one for the "missing" key the typo stands for.
    expect(error.related).toEqual([]);
    expect(error.message).toBe('Unknown setting "year_end_months" in the configuration. Did you mean "year_end_month"?');
    expect(error.details.location).toEqual({ file, line: 7, column: 1 });
    expect(error.details.found).toBe('year_end_months');

    const missing = errorFrom(() => parseConfig(base.replace('year_end_month: 9', ''), file));
    expect(missing.message).toBe('The configuration is missing "year_end_month"');
    expect(missing.details.location).toEqual({ file, line: 1, column: 1 });
  });

  it('collects every problem of the file in one error', () => {
    const text = `partnership: 42
area: E07000999
county:
  name: Kent
  areas: [E07000105, E07000105]
comparators:
  name: MSG
  areas: [E07000235, E07000236]
year_end_month: 13
document_date: 2024-02-30
draft: yes
measures:
  - id: new_measure
    label: Something new
  - id: all_crime
    polarity: lower_is_beter
    theme: overal
  - id: da_repeat_pct
    ratio_of: [da_repeat_victims, da_incident]
`;
    const error = errorFrom(() => parseConfig(text, file));
    expect(error.message).toMatch(/^Problems in projects\/maidstone\/assess.config.yaml \(\d+ problems\)$/);
    const summary = problemsOf(error).map((p) => `${p.details.location?.line}:${p.details.location?.column} ${p.message}`);
    expect(summary).toEqual([
      '1:14 "partnership" in the configuration should be text',
      '5:22 "county.areas" lists "E07000105" twice',
      '5:10 "county.areas" needs at least two areas to compare',
      '5:10 The home area E07000999 is not in "county.areas"',
      '8:10 The home area E07000999 is not in "comparators.areas"',
      '9:17 "year_end_month" in the configuration is not valid',
      '10:16 "document_date" is not a valid date',
      '11:8 "draft" in the configuration should be true or false',
      '13:5 New measure "new_measure" needs agency, theme and polarity.',
      '16:15 "polarity" in measure "all_crime" is not valid. Did you mean "lower_is_better"?',
      '17:12 Measure "all_crime" belongs to an unknown theme. Did you mean "overall"?',
      '19:15 Measure "da_repeat_pct" is a proportion of an unknown measure "da_incident". Did you mean "da_incidents"?',
    ]);
    const date = problemsOf(error)[6]!;
    expect(date.details.found).toBe('2024-02-30');
    expect(date.details.expected).toBe('a date written YYYY-MM-DD, e.g. 2024-11-20');
  });

  it('refuses a county code that is also a district\'s or a comparator\'s, at its line', () => {
    for (const [code, comparators] of [['E07000105', ''], ['E07000235', 'comparators:\n  name: MSG\n  areas: [E07000110, E07000235]\n']] as const) {
      const error = errorFrom(() => parseConfig(base.replace('code: E10000016', `code: ${code}`) + comparators, file));
      const [problem, ...rest] = problemsOf(error);
      expect(rest).toEqual([]);
      expect(`${problem?.details.location?.line}:${problem?.details.location?.column} ${problem?.message}`).toBe(`5:9 "county.code" ${code} is also one of the areas`);
      expect(problem?.details.fix).toBe('Set county.code to the county\'s own code, or leave it out (the county\'s rows then use its name as their code).');
    }
  });

  it('reports YAML syntax errors with their line', () => {
    const error = errorFrom(() => parseConfig('partnership: X\ncounty:\n  areas: [A, B\narea: A\n', file));
    expect(error.message).toMatch(/^The configuration is not valid YAML: /);
    expect(error.details.location?.file).toBe(file);
    // The parser notices the unclosed bracket where the next key starts.
    expect(error.details.location?.line).toBe(4);
  });

  it('rejects a duplicated key, an empty file and a file that is not a mapping', () => {
    expect(errorFrom(() => parseConfig(`${base}area: E07000105\n`, file)).details.location?.line).toBe(8);
    expect(errorFrom(() => parseConfig('# nothing yet\n', file)).message).toBe('The configuration file is empty');
    const list = errorFrom(() => parseConfig('- partnership\n', file));
    expect(list.message).toBe('The configuration should be a group of settings');
    expect(list.details.location).toEqual({ file, line: 1, column: 1 });
  });

  it('keeps unquoted numeric codes as written', () => {
    const config = parseConfig(base.replace('E07000106', '01234'), file);
    expect(config.county.areas).toEqual(['E07000105', '01234', 'E07000110']);
  });

  it('rejects a ratio of a ratio, a ratio of itself, and a name in place of a code', () => {
    const text = `${base.replace('E07000106', 'Tunbridge Wells')}measures:
  - id: odd_pct
    label: Odd
    agency: police
    theme: overall
    polarity: neutral
    ratio_of: [da_repeat_pct, all_crime]
  - id: self_pct
    label: Self
    agency: police
    theme: overall
    polarity: neutral
    ratio_of: [self_pct, all_crime]
`;
    const messages = problemsOf(errorFrom(() => parseConfig(text, file))).map((p) => p.message);
    expect(messages).toEqual([
      'An entry of "county.areas" should be a code without spaces',
      'Measure "odd_pct" is a proportion of "da_repeat_pct", which is itself a proportion',
      'Measure "self_pct" cannot be a proportion of itself',
    ]);
  });
});
