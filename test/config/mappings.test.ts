import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import type { FileMapping } from '../../src/config/parse-mappings.js';
import { errorFrom, problemsOf } from '../ingest/helpers.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string): string => readFileSync(path.join(root, 'test/fixtures/partner', name), 'utf8');
const file = 'assess.config.yaml';

// 6 lines: `mappings:` is line 7 and its first entry line 8.
const base = `partnership: Safer Maidstone Partnership
area: E07000110
county:
  name: Kent
  areas: [E07000105, E07000106, E07000110]
year_end_month: 3
`;

function problems(yaml: string): [string, number | undefined, number | undefined][] {
  return problemsOf(errorFrom(() => parseConfig(yaml, file))).map((p) => [p.message, p.details.location?.line, p.details.location?.column]);
}

describe('mappings: in the configuration', () => {
  it('reads worked example 1 (fire, seed 002 section 4.7)', () => {
    const config = parseConfig(fixture('fire-2012.yaml'), 'fire-2012.yaml');
    expect(config.mappings).toEqual<FileMapping[]>([{
      index: 1,
      configLine: 12,
      file: 'fire-*.csv',
      agency: 'fire',
      area: { column: { header: 'Area' }, fillDown: true },
      areaNames: [{ name: 'Maidstone', code: 'E07000110' }, { name: 'All Districts', code: 'county' }],
      values: {
        kind: 'categories',
        category: { column: { header: 'Fires' }, fillDown: false },
        measures: [{ label: 'Accidental', measure: 'fires_accidental' }, { label: 'Deliberate', measure: 'fires_deliberate' }],
        periods: [{ header: '2010/ 11', period: '2011' }, { header: '2011/ 12', period: '2012' }],
      },
      skipRows: [],
    }]);
  });

  it('reads worked example 2 (caseload, seed 002 section 4.8) with its measures declared in the same file', () => {
    const config = parseConfig(fixture('caseload-2012.yaml'), 'caseload-2012.yaml');
    expect(config.measures.find((m) => m.id === 'caseload_yro')).toMatchObject({ agency: 'probation', theme: 'reoffending', polarity: 'neutral', denominator: 'population' });
    const [mapping] = config.mappings!;
    expect(mapping!.area).toEqual({ column: { header: 'CSP' }, fillDown: false });
    expect(mapping!.areaNames).toHaveLength(12);
    expect(mapping!.areaNames).toContainEqual({ name: 'Dartford and Gravesend', code: 'skip' });
    expect(mapping!.values).toEqual({
      kind: 'columns',
      columns: [
        { header: 'Community Order', measure: 'caseload_community_order' },
        { header: 'Suspended Sentence', measure: 'caseload_suspended_sentence' },
        { header: 'Post release licence', measure: 'caseload_licence' },
        { header: 'YRO', measure: 'caseload_yro' },
      ],
      period: '2012',
    });
    expect(mapping!.skipRows).toEqual(['NFA', 'Missing/ Unknown']);
  });

  it('reads the other forms: one area for the file, a column by number, header_row, periods: auto, months; fills areas down only with a category', () => {
    const config = parseConfig(`${base}mappings:
  - file: "asb/*.csv"
    area: E07000110
    header_row: 4
    category: { column: 1, fill_down: true }
    measures: { "ASB incidents": asb }
    periods: { Apr 2011: 2011-04, 2011-05: "2011-05" }
  - file: reoffending.csv
    area: { column: 2 }
    measure: reoffenders
    periods: auto
`, file);
    expect(config.mappings).toEqual<FileMapping[]>([
      {
        index: 1, configLine: 8, file: 'asb/*.csv', headerRow: 4, area: { code: 'E07000110' }, areaNames: [], skipRows: [],
        values: { kind: 'categories', category: { column: { number: 1 }, fillDown: true }, measures: [{ label: 'ASB incidents', measure: 'asb' }], periods: [{ header: 'Apr 2011', period: '2011-04' }, { header: '2011-05', period: '2011-05' }] },
      },
      { index: 2, configLine: 14, file: 'reoffending.csv', area: { column: { number: 2 }, fillDown: false }, areaNames: [], skipRows: [], values: { kind: 'measure', measure: 'reoffenders', periods: 'auto' } },
    ]);
  });

  it('is absent when no mappings are configured', () => {
    expect(parseConfig(base, file)).not.toHaveProperty('mappings');
  });

  it('reports unknown keys and unknown measures with line, column and a suggestion', () => {
    expect(problems(`${base}mappings:
  - file: fire.csv
    area: { column: Area, fil_down: true }
    categroy: { column: Fires }
    measures: { Accidental: fires_accidentl, Deliberate: fires_deliberate }
    periods: { "2011/12": 2012 }
`)).toEqual([
      ['Unknown setting "categroy" in mappings entry 1. Did you mean "category"?', 10, 5],
      ['Unknown setting "fil_down" in "area" of the mapping for "fire.csv". Did you mean "fill_down"?', 9, 27],
      ['"measures" in the mapping for "fire.csv" needs "category", the column holding the category names', 11, 5],
      ['Unknown measure "fires_accidentl" in category "Accidental" of the mapping for "fire.csv". Did you mean "fires_accidental"?', 11, 29],
    ]);
  });

  it('reports a mapping that names no measure, or two ways of naming them', () => {
    expect(problems(`${base}mappings:
  - file: a.csv
    area: { column: Area }
    periods: auto
  - file: b.csv
    area: { column: Area }
    measure: asb
    columns: { ASB: asb }
    period: 2012
`)).toEqual([
      ['the mapping for "a.csv" does not say which measure its figures are', 8, 5],
      ['the mapping for "b.csv" gives both "measure" and "columns"', 14, 5],
    ]);
  });

  it('reports periods that are not YYYY or YYYY-MM, and missing periods', () => {
    expect(problems(`${base}mappings:
  - file: a.csv
    area: { column: Area }
    measure: asb
    periods: { "2011/12": 2011/12, "2012/13": 13, Q1: 2012-13 }
  - file: b.csv
    area: { column: Area }
    columns: { ASB: asb }
    period: 2012-Q1
  - file: c.csv
    area: { column: Area }
    measure: asb
`)).toEqual([
      ['The period of column "2011/12" in the mapping for "a.csv" is not a period', 11, 27],
      ['The period of column "2012/13" in the mapping for "a.csv" is not a period', 11, 47],
      ['The period of column "Q1" in the mapping for "a.csv" is not a period', 11, 55],
      ['"period" of the mapping for "b.csv" is not a period', 15, 13],
      ['the mapping for "c.csv" does not say which columns are periods', 16, 5],
    ]);
  });

  it('reports a percentage mapped by month, a file that is not CSV, a bad header_row, area and area_names', () => {
    expect(problems(`${base}mappings:
  - file: da.xlsx
    header_row: 0
    area: Maidstone district
    area_names: { Maidstone: }
    measure: da_repeat_pct
    periods: { Mar 2012: 2012-03 }
    skip_rows: Total
`)).toEqual([
      ['"file" of mappings entry 1 names .xlsx files, but only .csv files are read', 8, 11],
      ['"header_row" in mappings entry 1 is not a line number', 9, 17],
      ['"area" of mappings entry 1 should be a code without spaces', 10, 11],
      ['"Maidstone" in "area_names" of mappings entry 1 has no code', 11, 19],
      ['"da_repeat_pct" is a percentage, so mappings entry 1 cannot give it by month', 13, 14],
      ['"skip_rows" in mappings entry 1 should be a list', 14, 16],
    ]);
  });

  it('reports columns without a period and a mappings value that is not a list', () => {
    expect(problems(`${base}mappings:
  - file: a.csv
    area: { column: Area }
    columns: { ASB: asb }
`)).toEqual([['The mapping for "a.csv" is missing "period"', 8, 5]]);
    expect(problems(`${base}mappings:
  file: a.csv
`)).toEqual([['"mappings" should be a list', 8, 3]]);
  });

  it('matches measures declared in the same configuration', () => {
    const config = parseConfig(`${base}measures:
  - id: caseload_yro
    label: Youth rehabilitation orders
    agency: probation
    theme: reoffending
    polarity: neutral
mappings:
  - file: caseload.csv
    area: { column: CSP }
    columns: { YRO: caseload_yro }
    period: 2012
`, file);
    expect(config.mappings![0]!.values).toEqual({ kind: 'columns', columns: [{ header: 'YRO', measure: 'caseload_yro' }], period: '2012' });
  });
});

describe('docs/partner-spreadsheets.md', () => {
  const docs = readFileSync(path.join(root, 'docs/partner-spreadsheets.md'), 'utf8');
  const blocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);

  it('shows the two worked examples exactly as the test fixtures have them', () => {
    for (const name of ['fire-2012.yaml', 'caseload-2012.yaml']) {
      const mappingPart = fixture(name).slice(fixture(name).indexOf('mappings:'));
      expect(blocks.some((block) => block.includes(mappingPart.trim()))).toBe(true);
    }
  });

  it('has only YAML examples that parse', () => {
    expect(blocks.length).toBeGreaterThan(2);
    for (const block of blocks) {
      const yaml = block.includes('partnership:') ? block : `${base}${block}`;
      expect(() => parseConfig(yaml, 'docs.yaml')).not.toThrow();
    }
  });
});
