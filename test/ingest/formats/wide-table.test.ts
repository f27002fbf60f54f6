import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse-config.js';
import type { FormatContext, FormatOutput, FormatReader } from '../../../src/ingest/formats/format.js';
import { autoPeriod, globMatches, lineList, mappedFormats, readWideTable } from '../../../src/ingest/formats/wide-table.js';
import type { AssessConfig } from '../../../src/model.js';
import { testConfig } from '../helpers.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/partner');
const fixture = (name: string): string => readFileSync(path.join(fixtures, name), 'utf8');

const kent = ['E07000105', 'E07000106', 'E07000107', 'E07000108', 'E07000109', 'E07000110', 'E07000111', 'E07000112', 'E07000113', 'E07000114', 'E07000115', 'E07000116'];

/** A small complete configuration around one or more `mappings:` entries. */
function configWith(mappings: string, yearEndMonth = 3): AssessConfig {
  return parseConfig(`partnership: Safer Maidstone Partnership
area: E07000110
county:
  name: Kent
  areas: [${kent.join(', ')}]
year_end_month: ${yearEndMonth}
measures:
  - id: offences
    label: Offences
    agency: police
    theme: overall
    polarity: lower_is_better
mappings:
${mappings}`, 'assess.config.yaml');
}

function contextFor(config: AssessConfig, csp: [string, string][] = []): FormatContext {
  return {
    config,
    measures: new Map(config.measures.map((measure) => [measure.id, measure])),
    knownAreas: new Set([...config.county.areas, ...(config.comparators?.areas ?? [])]),
    lookups: { lsoa: new Map(), csp: new Map(csp) },
  };
}

function onlyReader(config: AssessConfig): FormatReader {
  const readers = mappedFormats(config);
  expect(readers).toHaveLength(1);
  return readers[0]!;
}

function read(config: AssessConfig, text: string, file = 'data/2012/partner.csv', csp: [string, string][] = []): FormatOutput {
  return onlyReader(config).read(text, file, contextFor(config, csp));
}

/** [measure, area, period, value, line]: compact enough to list a whole table. */
const rowsOf = (output: FormatOutput): [string, string, string, number | null, number][] => output.observations.map((o) => [o.measure, o.areaCode, o.period, o.value, o.line]);

describe('worked example 1: fire table (seed 002 section 4.7)', () => {
  const config = parseConfig(fixture('fire-2012.yaml'), 'fire-2012.yaml');
  const text = fixture('fire-2012.csv');

  it('is saved with CRLF line ends, as Excel writes it', () => {
    expect(text).toContain('\r\n');
  });

  it('reads accidental and deliberate fires for Maidstone in 2010/11 and 2011/12 only', () => {
    const output = read(config, text, 'data/2012/fire-2012.csv');
    expect(output.problems).toEqual([]);
    expect(output.observations).toEqual([
      { measure: 'fires_accidental', areaCode: 'E07000110', areaName: 'Maidstone', period: '2011', value: 228, file: 'fire-2012.csv', line: 4 },
      { measure: 'fires_accidental', areaCode: 'E07000110', areaName: 'Maidstone', period: '2012', value: 262, file: 'fire-2012.csv', line: 4 },
      { measure: 'fires_deliberate', areaCode: 'E07000110', areaName: 'Maidstone', period: '2011', value: 168, file: 'fire-2012.csv', line: 5 },
      { measure: 'fires_deliberate', areaCode: 'E07000110', areaName: 'Maidstone', period: '2012', value: 178, file: 'fire-2012.csv', line: 5 },
    ]);
    expect(output.rows).toBe(2);
  });

  it('reports the total rows, the county rows and the note below the table in one warning', () => {
    const output = read(config, text, 'data/2012/fire-2012.csv');
    expect(output.warnings).toEqual([{
      message: 'Ignored 5 rows by rule: total rows (lines 6 and 9); county total "All Districts*" (lines 7-8); notes below the table (line 11)',
      file: 'data/2012/fire-2012.csv',
      line: 6,
    }]);
  });

  it('reads the same figures from LF line ends', () => {
    expect(rowsOf(read(config, text.replace(/\r\n/g, '\n')))).toEqual(rowsOf(read(config, text)));
  });

  it('matches this and later years\' files by name, whatever their header', () => {
    const reader = onlyReader(config);
    expect(reader.role).toBe('data');
    expect(reader.title).toBe('partner spreadsheet (fire) read by the mapping for "fire-*.csv"');
    expect(reader.matches(['4.7 fire'], 'fire-2012.csv')).toBe(true);
    expect(reader.matches([], 'FIRE-2013.CSV')).toBe(true);
    expect(reader.matches(['measure', 'area_code', 'period', 'value'], 'caseload-2012.csv')).toBe(false);
  });
});

describe('worked example 2: probation caseload (seed 002 section 4.8)', () => {
  const config = parseConfig(fixture('caseload-2012.yaml'), 'caseload-2012.yaml');
  const output = read(config, fixture('caseload-2012.csv'), 'data/2012/caseload-2012.csv');

  it('reads one column per order type for each CSP at the snapshot, across the blank line in the table', () => {
    expect(output.problems).toEqual([]);
    const table = (code: string, line: number, values: number[]): [string, string, string, number, number][] =>
      ['caseload_community_order', 'caseload_suspended_sentence', 'caseload_licence', 'caseload_yro'].map((measure, i) => [measure, code, '2012', values[i]!, line]);
    expect(rowsOf(output)).toEqual([
      ...table('E07000105', 5, [116, 63, 60, 3]),
      ...table('E07000106', 6, [149, 91, 48, 3]),
      ...table('E07000108', 8, [133, 59, 42, 6]),
      ...table('E07000110', 10, [208, 81, 119, 2]),
      ...table('E07000111', 12, [64, 28, 39, 2]),
      ...table('E07000112', 13, [145, 76, 61, 4]),
      ...table('E07000113', 14, [147, 110, 91, 6]),
      ...table('E07000114', 15, [213, 121, 108, 12]),
      ...table('E07000115', 16, [107, 55, 34, 4]),
      ...table('E07000116', 17, [78, 27, 53, 0]),
    ]);
    expect(output.observations[12]).toEqual({ measure: 'caseload_community_order', areaCode: 'E07000110', areaName: 'Maidstone', period: '2012', value: 208, file: 'caseload-2012.csv', line: 10 });
    expect(output.rows).toBe(10);
  });

  it('reports the rows left out: combined and unitary CSPs, skip_rows, the grand total and the notes', () => {
    expect(output.warnings).toEqual([{
      message: 'Ignored 8 rows by rule: left out by area_names "Dartford and Gravesend" (line 7); left out by area_names "Medway" (line 11); skip_rows "NFA" (line 18); skip_rows "Missing/ Unknown" (line 19); total rows (line 20); notes below the table (lines 22 and 24-25)',
      file: 'data/2012/caseload-2012.csv',
      line: 7,
    }]);
  });
});

describe('text that real files contain', () => {
  const offences = `  - file: "offences.csv"
    area: { column: "District" }
    columns: { "No. of offences": offences }
    period: 2012
`;

  it('reads a header cell with a line break, stray spaces, thousands separators, percentages, no-value cells and trailing empty columns', () => {
    const text = [
      'Offences by district,,,',
      '" District ","No. of\noffences",Notes,,',
      'Maidstone,"1,205",,,',
      'Ashford,23.5%,,,',
      'Canterbury,*,suppressed,,',
      'Dover,-,,,',
      'Swale,N/A,,,',
      'Thanet,,,,',
      'Sevenoaks ,  64  ,,,',
    ].join('\r\n');
    const output = read(configWith(`${offences}    area_names: { Maidstone: E07000110, Ashford: E07000105, Canterbury: E07000106, Dover: E07000108, Swale: E07000113, Sevenoaks: E07000111 }\n`), text, 'offences.csv', [['thanet', 'E07000114']]);
    expect(output.problems).toEqual([]);
    expect(output.warnings).toEqual([]);
    expect(rowsOf(output)).toEqual([
      ['offences', 'E07000110', '2012', 1205, 4],
      ['offences', 'E07000105', '2012', 23.5, 5],
      ['offences', 'E07000106', '2012', null, 6],
      ['offences', 'E07000108', '2012', null, 7],
      ['offences', 'E07000113', '2012', null, 8],
      ['offences', 'E07000114', '2012', null, 9],
      ['offences', 'E07000111', '2012', 64, 10],
    ]);
  });

  it('takes area codes as written and CSP names from the lookups; other names are summarised in one warning', () => {
    const text = 'District,No. of offences\nE07000110,10\nTunbridge Wells,11\nTunbridge  wells,12\nAtlantis,13\nNarnia,14\nAtlantis,15\nE06000035,16\n';
    const output = read(configWith(offences), text, 'offences.csv', [['tunbridge wells', 'E07000116']]);
    expect(rowsOf(output)).toEqual([
      ['offences', 'E07000110', '2012', 10, 2],
      ['offences', 'E07000116', '2012', 11, 3],
      ['offences', 'E07000116', '2012', 12, 4],
    ]);
    expect(output.observations[0]!.areaName).toBeUndefined();
    expect(output.warnings).toEqual([
      {
        message: 'Skipped 3 rows for 2 area names that the mapping for "offences.csv" in assess.config.yaml (line 14) does not know: "Atlantis" (lines 5 and 7), "Narnia" (line 6). Add them under "area_names" (name: area code, or county / skip)',
        file: 'offences.csv',
        line: 5,
      },
      { message: 'Skipped 1 row for 1 area that are not districts of the county, comparators or wards: E06000035', file: 'offences.csv', line: 8 },
    ]);
  });

  it('reads periods automatically from year headers, never from part-year or change columns', () => {
    const config = configWith(`  - file: "*.csv"
    area: { column: 1 }
    measure: offences
    periods: auto
`);
    const text = 'Offences,,,,,\n,2009/10,2010/ 11,2011-12,% diff,Apr - Sep 2011,Apr-Sep 2012\nMaidstone,1,2,3,4%,5,6\n';
    const output = read(config, text, 'any.csv', [['maidstone', 'E07000110']]);
    expect(output.problems).toEqual([]);
    expect(output.warnings).toEqual([]);
    expect(rowsOf(output)).toEqual([
      ['offences', 'E07000110', '2010', 1, 3],
      ['offences', 'E07000110', '2011', 2, 3],
      ['offences', 'E07000110', '2012', 3, 3],
    ]);
  });

  it('warns when automatic financial-year columns do not match the configured year', () => {
    const config = configWith(`  - file: "*.csv"
    area: { column: 1 }
    measure: offences
    periods: auto
`, 9);
    const output = read(config, 'Area,2010/11,2011/12\nE07000110,1,2\n', 'any.csv');
    expect(output.observations).toHaveLength(2);
    expect(output.warnings.map((w) => w.message)).toEqual([
      'Columns 2010/11, 2011/12 were read as assessment years 2011, 2012, which end in month 9 (year_end_month); if they are financial years (April to March) they cover different months: map them explicitly under "periods:"',
    ]);
  });

  it('refuses two columns that give the same period', () => {
    const config = configWith(`  - file: "*.csv"
    area: { column: 1 }
    measure: offences
    periods: auto
`);
    const output = read(config, 'Area,2011/12,2012\nE07000110,1,2\n', 'any.csv');
    expect(output.observations).toEqual([]);
    expect(output.problems.map((p) => [p.message, p.details.location])).toEqual([
      ['Columns 2 ("2011/12") and 3 ("2012") are both read as the figures for 2012', { file: 'any.csv', line: 1, column: 3 }],
    ]);
  });

  it('takes the header from header_row, fills categories down when asked, and reports unmapped categories', () => {
    const config = configWith(`  - file: "*.csv"
    area: E07000110
    header_row: 3
    category: { column: Type, fill_down: true }
    measures: { Offences: offences }
    periods: { "2011": 2011, "2012": 2012 }
`);
    const text = 'Maidstone,2011,2012\n\nType,2011,2012\nOffences,1,2\n,3,4\nOther,5,6\n';
    const output = read(config, text, 'any.csv');
    expect(output.problems).toEqual([]);
    expect(rowsOf(output)).toEqual([
      ['offences', 'E07000110', '2011', 1, 4],
      ['offences', 'E07000110', '2012', 2, 4],
      ['offences', 'E07000110', '2011', 3, 5],
      ['offences', 'E07000110', '2012', 4, 5],
    ]);
    expect(output.warnings.map((w) => w.message)).toEqual(['Ignored 1 row by rule: category "Other" not under "measures" (line 6)']);
  });

  it('treats a second table below a blank line as notes, and a heading row inside the table as a label only', () => {
    const config = configWith(`  - file: "*.csv"
    area: { column: Area }
    category: { column: Fires }
    area_names: { Maidstone: E07000110, Ashford: E07000105 }
    measures: { Accidental: fires_accidental }
    periods: { "2011/12": 2012 }
`);
    const text = [
      'Area,Fires,2011/12',
      'Maidstone,,',
      ',Accidental,10',
      'Ashford,Accidental,20',
      '',
      'Risk category,30/9/2011,31/12/2011',
      'Very High Risk,3,4',
    ].join('\n');
    const output = read(config, text, 'any.csv');
    expect(output.problems).toEqual([]);
    expect(rowsOf(output)).toEqual([
      ['fires_accidental', 'E07000110', '2012', 10, 3],
      ['fires_accidental', 'E07000105', '2012', 20, 4],
    ]);
    expect(output.warnings.map((w) => w.message)).toEqual(['Ignored 2 rows by rule: notes below the table (lines 6-7)']);
  });
});

describe('problems in a mapped file', () => {
  const config = configWith(`  - file: "fire-*.csv"
    area: { column: Area }
    area_names: { Maidstone: E07000110, Ashford: E07000105 }
    measure: fires_accidental
    periods: { "2010/ 11": 2011, "2011/ 12": 2012, "2012/ 13": 2013 }
`);

  it('reports values that are not numbers, and negative values, with line and column', () => {
    const output = read(config, 'Area,2010/ 11,2011/ 12\nMaidstone,12a,-3\nAshford,4,5\n', 'fire-2013.csv');
    expect(output.problems.map((p) => [p.message, p.details.location])).toEqual([
      ['Value "12a" in column 2 ("2010/ 11") is not a number', { file: 'fire-2013.csv', line: 2, column: 2 }],
      ['Value -3 in column 3 ("2011/ 12") is negative', { file: 'fire-2013.csv', line: 2, column: 3 }],
    ]);
    expect(rowsOf(output)).toEqual([
      ['fires_accidental', 'E07000105', '2011', 4, 3],
      ['fires_accidental', 'E07000105', '2012', 5, 3],
    ]);
    expect(output.warnings.map((w) => w.message)).toEqual(['The header has no column "2012/ 13" named in the mapping for "fire-*.csv" in assess.config.yaml (line 14); it is not read']);
  });

  it('reports a file with no line like the header the mapping describes', () => {
    const output = read(config, 'District,2010/ 11,2011/ 12\nMaidstone,1,2\n', 'fire-2013.csv');
    expect(output.observations).toEqual([]);
    expect(output.problems).toHaveLength(1);
    expect(output.problems[0]!.message).toBe('No line of the file looks like the header the mapping describes');
    expect(output.problems[0]!.details.expected).toBe('a line with the columns Area, 2010/ 11, 2011/ 12, 2012/ 13 (the mapping for "fire-*.csv" in assess.config.yaml (line 14))');
  });

  it('leaves out, and reports, a row with no area (with a row per area, blanks are not filled down)', () => {
    const output = read(config, 'Area,2010/ 11,2011/ 12\nMaidstone,1,2\n,3,4\n', 'fire-2013.csv');
    expect(output.problems).toEqual([]);
    expect(rowsOf(output)).toEqual([['fires_accidental', 'E07000110', '2011', 1, 2], ['fires_accidental', 'E07000110', '2012', 2, 2]]);
    expect(output.warnings.map((w) => w.message)).toContain('Ignored 1 row by rule: no area in column 1 (line 3)');
  });

  it('reports a CSV it cannot parse', () => {
    const output = read(config, 'Area,2010/ 11\n"Maidstone,1\n', 'fire-2013.csv');
    expect(output.problems[0]!.message).toBe('A quoted field is never closed');
  });
});

describe('helpers', () => {
  it('matches globs with * and ? on the name, or on the path when the glob has a /', () => {
    expect(globMatches('fire-*.csv', 'fire-2012.csv')).toBe(true);
    expect(globMatches('fire-*.csv', 'sub/fire-2012.csv')).toBe(true);
    expect(globMatches('fire-????.csv', 'fire-2012.csv')).toBe(true);
    expect(globMatches('fire-????.csv', 'fire-12.csv')).toBe(false);
    expect(globMatches('fire.csv', 'fire-csv')).toBe(false);
    expect(globMatches('fire/*.csv', 'fire/2012.csv')).toBe(true);
    expect(globMatches('fire/*.csv', 'other/fire/2012.csv')).toBe(false);
  });

  it('reads year spans and bare years as periods, and nothing else', () => {
    expect(autoPeriod('2010/ 11')).toEqual({ period: '2011', kind: 'span' });
    expect(autoPeriod('2011/2012')).toEqual({ period: '2012', kind: 'span' });
    expect(autoPeriod('1999/00')).toEqual({ period: '2000', kind: 'span' });
    expect(autoPeriod('2012')).toEqual({ period: '2012', kind: 'year' });
    expect(autoPeriod('2011-03')).toBeUndefined();
    expect(autoPeriod('Apr - Sep 2011')).toBeUndefined();
    expect(autoPeriod('% Diff')).toBeUndefined();
  });

  it('lists lines as ranges', () => {
    expect(lineList([9, 3, 5, 6, 7])).toBe('3, 5-7 and 9');
    expect(lineList([4])).toBe('4');
  });

  it('gives no readers without mappings', () => {
    expect(mappedFormats(testConfig())).toEqual([]);
  });

  it('can be called directly with a mapping', () => {
    const config = parseConfig(fixture('fire-2012.yaml'), 'fire-2012.yaml');
    const output = readWideTable(fixture('fire-2012.csv'), 'fire-2012.csv', config.mappings![0]!, contextFor(config));
    expect(output.observations).toHaveLength(4);
  });
});
