/**
 * Small-number suppression end to end: the sample's health admissions (district and ward counts,
 * many of them 1-7) are built into all four outputs, and every output is scanned for a count
 * that the NHS rule withholds or rounds. What to expect is worked out here from the CSV itself,
 * not by assess: 1-7 is withheld, anything else is shown rounded to the nearest 5.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/commands/build.js';
import { readPdfText } from '../../src/pdf/read-pdf.js';
import { en, ROOT } from './sample-data.js';
import { tempDir } from '../temp-dir.js';

const YEAR = 2024;
const MEASURES = ['hospital_assault', 'hospital_alcohol'];
const COUNTY_CODE = 'E10999001';

interface Count {
  measure: string;
  code: string;
  name: string;
  year: number;
  raw: number;
  ward: boolean;
}

type Row = { [column: string]: string };

const wardCodes = new Set((parse(readFileSync(path.join(ROOT, `data/${YEAR}/wards.csv`), 'utf8'), { columns: true }) as Row[]).map((r) => r.ward_code!));
const counts: Count[] = (parse(readFileSync(path.join(ROOT, `data/${YEAR}/health-admissions.csv`), 'utf8'), { columns: true }) as Row[])
  .filter((r) => MEASURES.includes(r.measure!))
  .map((r) => ({ measure: r.measure!, code: r.area_code!, name: r.area_name!, year: Number(r.period), raw: Number(r.value), ward: wardCodes.has(r.area_code!) }));

const withheld = (raw: number): boolean => raw >= 1 && raw <= 7;
/** The NHS rule, written out independently of src/statistics/suppression.ts. */
const published = (raw: number): number | null => (withheld(raw) ? null : Math.floor(raw / 5 + 0.5) * 5);
/** Counts whose raw value must not appear anywhere: withheld, or changed by rounding. */
const hidden = counts.filter((c) => published(c.raw) !== c.raw);
/** Only the current year is published for wards. */
const wardCounts = counts.filter((c) => c.ward && c.year === YEAR);
const districtCounts = counts.filter((c) => !c.ward);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "<name> <n>" with n a whole number on its own (not the start of 12, 1.5 or 3%). */
const nextTo = (name: string, n: number): RegExp => new RegExp(`${escapeRegExp(name)}\\s+${escapeRegExp(en(n))}(?![\\d.,%])`);

function htmlText(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');
}

/** The health theme, from its introduction to the next numbered section, as plain text. */
function healthSection(text: string): string {
  const start = text.indexOf('Hospital admissions linked to violence and alcohol.');
  const end = text.slice(start).search(/\d\. (Priorities|Methodology and information sources)/);
  expect(start).toBeGreaterThan(0);
  return text.slice(start, end < 0 ? undefined : start + end);
}

describe('small-number suppression in every output of the sample build', () => {
  let html: string;
  let pdfText: string;
  let csvRows: Row[];
  let json: { rows: Row[]; wards: { measure: string; ward_code: string; ward_name: string; value: number | null; per_1000: number | null; suppressed: boolean }[] };

  beforeAll(async () => {
    const out = await tempDir('suppression');
    const result = await build({ year: String(YEAR), out, date: '2024-11-20', cwd: ROOT, env: process.env, log: () => undefined });
    const file = (name: string): string => result.files.find((f) => f.endsWith(name))!;
    html = await readFile(file('.html'), 'utf8');
    pdfText = (await readPdfText(new Uint8Array(await readFile(file('.pdf'))))).join('\n').replace(/\s+/g, ' ');
    csvRows = parse(await readFile(file('figures.csv'), 'utf8'), { columns: true }) as Row[];
    json = JSON.parse(await readFile(file('figures.json'), 'utf8'));
  });

  it('has small ward counts to protect in the sample', () => {
    expect(wardCounts.filter((c) => withheld(c.raw)).length).toBeGreaterThanOrEqual(10);
    expect(wardCounts.some((c) => c.raw > 7)).toBe(true);
    expect(districtCounts.some((c) => c.raw % 5 !== 0)).toBe(true);
  });

  it('figures.json: ward values withheld (null, suppressed) or rounded, district values rounded', () => {
    for (const c of wardCounts) {
      const ward = json.wards.find((w) => w.measure === c.measure && w.ward_code === c.code);
      if (c.raw === 0 && ward === undefined) continue;
      expect([c.name, ward?.value, ward?.suppressed]).toEqual([c.name, published(c.raw), withheld(c.raw)]);
      if (withheld(c.raw)) expect(ward?.per_1000).toBeNull();
    }
    for (const c of districtCounts) {
      const row = json.rows.find((r) => r.measure === c.measure && r.area_code === c.code)!;
      const column = ['value_two_years_ago', 'previous_value', 'value'][c.year - (YEAR - 2)]!;
      expect([c.code, c.year, row[column]]).toEqual([c.code, c.year, published(c.raw)]);
      expect(row.suppressed!.split(';').includes(String(c.year))).toBe(withheld(c.raw));
    }
  });

  it('figures.csv: no ward rows, district values rounded, a withheld one an empty cell', () => {
    expect(csvRows.some((r) => wardCodes.has(r.area_code!))).toBe(false);
    for (const c of districtCounts) {
      const row = csvRows.find((r) => r.measure === c.measure && r.area_code === c.code)!;
      const column = ['value_two_years_ago', 'previous_value', 'value'][c.year - (YEAR - 2)]!;
      expect([c.code, c.year, row[column]]).toEqual([c.code, c.year, String(published(c.raw) ?? '')]);
    }
  });

  it('figures.csv and .json: county totals are summed unrounded, then rounded', () => {
    for (const measure of MEASURES) {
      const county = json.rows.find((r) => r.measure === measure && r.area_code === COUNTY_CODE)!;
      const total = districtCounts.filter((c) => c.measure === measure && c.year === YEAR).reduce((sum, c) => sum + c.raw, 0);
      expect(county.value).toBe(published(total));
      expect(csvRows.find((r) => r.measure === measure && r.area_code === COUNTY_CODE)!.value).toBe(String(published(total)));
    }
  });

  it('HTML: the ward hotspot table shows "*" for every withheld ward, and the rounded count for the others', () => {
    const start = html.indexOf('<caption>Hospital admissions for violence (including sexual violence): top 5 wards in Medbury, 2023-24</caption>');
    expect(start).toBeGreaterThan(0);
    const table = html.slice(start, html.indexOf('</table>', start));
    const rows = [...table.matchAll(/<tr><th scope="row">([^<]+)<\/th>((?:<td>[^<]*<\/td>)+)<\/tr>/g)].map((m) => ({
      name: htmlText(m[1]!).trim(),
      cells: [...m[2]!.matchAll(/<td>([^<]*)<\/td>/g)].map((cell) => cell[1]!),
    }));
    expect(rows).toHaveLength(5);
    expect(rows.filter((r) => r.cells[0] === '*').length).toBeGreaterThan(0);
    for (const row of rows) {
      const c = wardCounts.find((w) => w.measure === 'hospital_assault' && w.name === row.name)!;
      // A withheld ward's rate and share would give its count back: they are withheld too.
      expect([row.name, row.cells]).toEqual([row.name, withheld(c.raw) ? ['*', '*', '*'] : [en(published(c.raw)!), ...row.cells.slice(1)]]);
    }
    expect(htmlText(table + html.slice(html.indexOf('</table>', start), html.indexOf('</div>', start)))).toContain('* Counts of 1 to 7 are suppressed and other counts rounded to the nearest 5');
  });

  it('HTML and PDF: the health section never shows a withheld or unrounded count beside its area', () => {
    for (const [output, text] of [['HTML', healthSection(htmlText(html))], ['PDF', healthSection(pdfText)]] as const) {
      expect(text, output).toContain("* Counts of 1 to 7 are suppressed and other counts rounded to the nearest 5 to protect patients' confidentiality (NHS rule); totals are rounded from unrounded figures.");
      for (const c of hidden) expect(text, `${output}: ${c.name} ${c.raw} (${c.measure} ${c.year})`).not.toMatch(nextTo(c.name, c.raw));
      for (const measure of MEASURES) {
        // The home district's row reads as the rounded counts, N-2 to N.
        const medbury = [YEAR - 2, YEAR - 1, YEAR].map((y) => districtCounts.find((c) => c.measure === measure && c.name === 'Medbury' && c.year === y)!.raw);
        expect(text, output).toContain(`Medbury ${medbury.map((v) => (published(v) === null ? '*' : en(published(v)!))).join(' ')}`);
      }
      // The sentence names only a ward whose count is shown.
      const named = /In 2023-24, (.+?) wards? recorded the highest volume of hospital admissions for violence/.exec(text)?.[1] ?? '';
      for (const c of wardCounts.filter((w) => w.measure === 'hospital_assault' && withheld(w.raw))) expect(named).not.toContain(c.name);
    }
  });
});
