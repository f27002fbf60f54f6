import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { splitCsv, type CsvRecord } from '../../src/ingest/csv-records.js';

/** csv-parse's records with the options readCsvTable used to read every file with, and their first lines. */
function csvParseRecords(text: string, limit?: number): CsvRecord[] | 'refused' {
  try {
    const records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, ...(limit ? { to: limit } : {}) }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ line: info.lines - record.join('').split('\n').length + 1, cells: record }));
  } catch {
    return 'refused';
  }
}

const awkward: [what: string, text: string][] = [
  ['plain rows', 'a,b,c\n1,2,3\n'],
  ['no line break at the end', 'a,b\n1,2'],
  ['quoted commas and doubled quotes', 'name,value\n"Smith, J",1\n"He said ""no""",2\n""""\n'],
  ['line breaks inside quotes, and rows numbered by their first line', 'a,"b\nc"\n1,"x\ny\n\nz"\n2,3\n'],
  ['empty lines, which are no records', '\n\na,b\n\n\n1,2\n\n'],
  ['rows of commas and spaces, which are records', 'a,b\n,\n , \n1,2\n,'],
  ['a quoted empty field alone on a line', 'a\n""\n1\n'],
  ['a comma at the very end', 'a,b\n1,'],
  ['ragged rows', 'a,b,c\n1\n1,2,3,4\n'],
  ['non-ASCII text and a lone byte-order mark inside', 'área,ward\nCafé – €5,\uFEFF😀\n'],
  ['a field that is only quotes', 'a,b\n"""",""""""\n'],
  ['tabs and spaces kept as they are', 'a, b ,\tc\n 1 ," 2 ",\t3\t\n'],
];

describe('splitCsv', () => {
  it.each(awkward)('gives csv-parse\'s records and lines: %s', (_what, text) => {
    expect(splitCsv(text, 100)).toEqual(csvParseRecords(text));
  });

  it('stops after the first record when asked, as csv-parse\'s `to` does, even before a broken line', () => {
    expect(splitCsv('\n\nx,"y\nz"\n1,"2\n', 100, 1)).toEqual([{ line: 3, cells: ['x', 'y\nz'] }]);
    expect(csvParseRecords('\n\nx,"y\nz"\n1,"2\n', 1)).toEqual([{ line: 3, cells: ['x', 'y\nz'] }]);
  });

  it.each([
    ['a quote never closed', 'a,b\n1,"2\n3,4\n'],
    ['text after a closing quote', 'a,b\n1,"2"x\n'],
    ['a quote in the middle of a field', 'a,b\n1,2"3"\n'],
    ['a NUL after a closing quote, which csv-parse takes as the end of the field', 'a,b\n"1"\u0000,2\n'],
    ['a lone surrogate, which csv-parse would turn into U+FFFD', 'a,b\n1,\uD800\n'],
  ])('leaves %s to csv-parse', (_what, text) => {
    expect(splitCsv(text, 100)).toBeUndefined();
  });

  it('leaves a record wider than the limit to csv-parse', () => {
    expect(splitCsv('a,b,c\n1,2,3\n', 3)).toHaveLength(2);
    expect(splitCsv('a,b,c\n1,2,3,4\n', 3)).toBeUndefined();
  });

  it('agrees with csv-parse on thousands of random texts made of the characters that matter', () => {
    const alphabet = ['a', 'é', ',', ',', '\n', '\n', '"', '"', ' ', '\t', '""', '"\n"', '😀'];
    let seed = 20241120;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let compared = 0;
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = Math.floor(random() * 24);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const limit = random() < 0.3 ? 1 : undefined;
      const fast = splitCsv(text, 1000, limit);
      if (fast === undefined) continue;
      expect([text, fast]).toEqual([text, csvParseRecords(text, limit)]);
      compared++;
    }
    // The texts csv-parse refuses are left to it; enough of the rest are compared to mean something.
    expect(compared).toBeGreaterThan(5_000);
  });
});
