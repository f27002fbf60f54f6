import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateSampleData, type SampleFile } from '../../scripts/generate-sample-data.js';
import { ALL_AREAS, COUNTY_AREAS, HOME_AREA, HOME_CODE, HOME_WARDS, OTHER_COMPARATORS, wardPopulations, type SampleArea } from '../../scripts/sample-data/geography.js';
import { HOME_OFFICE_MEASURES, OTHER_CSPS } from '../../scripts/sample-data/home-office.js';
import { monthsEnding } from '../../scripts/sample-data/months.js';
import { CRIME_GROUPS, OTHER_CRIMES, districtLeafCounts, sumLeaves, wardLeafCounts } from '../../scripts/sample-data/police.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { streetCrimeTypes, streetMeasures } from '../../src/ingest/formats/police-crime-types.js';
import { inspectYearFolder } from '../../src/ingest/read-year.js';
import type { YearInputs } from '../../src/model.js';

type Record = { [column: string]: string };

const files = generateSampleData([2023, 2024]);
const STREET_HEADER = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const HO_HEADER = 'Financial Year,Financial Quarter,Force Name,CSP Name,Offence Description,Offence Group,Offence Subgroup,Offence Code,Offence Count';
/** Recorded-crime measures only the tidy file gives for Medbury in the assessment year. */
const HOME_TIDY_ONLY = ['violence_against_person', 'violence_with_injury', 'sexual_offences', 'burglary_residential', 'burglary_other', 'theft_from_vehicle', 'theft_of_vehicle', 'da_incidents', 'da_repeat_victims'];

function content(path: string, from: SampleFile[] = files): string | Uint8Array {
  const found = from.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path}`);
  return found.content;
}

function file(path: string): string {
  const text = content(path);
  if (typeof text !== 'string') throw new Error(`${path} is not text`);
  return text;
}

function rows(path: string): Record[] {
  return parse(file(path), { columns: true }) as Record[];
}

function value(records: Record[], measure: string, area: string, period: string): number {
  const row = records.find((r) => r.measure === measure && r.area_code === area && r.period === period);
  if (!row) throw new Error(`no ${measure} ${area} ${period}`);
  return Number(row.value);
}

const areaOf = (code: string): SampleArea => [...ALL_AREAS, ...OTHER_CSPS].find((a) => a.code === code)!;

/** The street files of a folder: entry name -> rows. */
function streetFiles(year: number): Map<string, Record[]> {
  const entries = unzipSync(content(`data/${year}/police-street-wealdshire.zip`) as Uint8Array);
  return new Map(Object.entries(entries).map(([name, bytes]) => [name, parse(new TextDecoder().decode(bytes), { columns: true }) as Record[]]));
}

function streetRows(year: number): Record[] {
  return [...streetFiles(year).values()].flat();
}

/** Street rows counted per crime type, ward (through the LSOA lookup) and month; rows with no LSOA are left out, as assess does. */
function streetWardCounts(year: number): Map<string, number> {
  const ward = new Map(rows(`data/${year}/lsoa-ward-lookup.csv`).map((r) => [r.LSOA21CD!, r.WD23CD!]));
  const counts = new Map<string, number>();
  for (const r of streetRows(year)) {
    if (r['LSOA code'] === '') continue;
    const key = `${r['Crime type']}|${ward.get(r['LSOA code']!)}|${r.Month}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Home Office offence counts summed per CSP, calendar quarter (first month) and group or subgroup. */
function homeOfficeSums(year: number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const r of rows(`data/${year}/home-office-recorded-crime-by-csp.csv`)) {
    const start = Number(r['Financial Year']!.slice(0, 4));
    const q = Number(r['Financial Quarter']);
    const month = q === 4 ? `${start + 1}-01` : `${start}-${String(q * 3 + 1).padStart(2, '0')}`;
    for (const key of [`group:${r['Offence Group']}`, `subgroup:${r['Offence Subgroup']}`, 'all']) {
      const k = `${r['CSP Name']}|${month}|${key}`;
      sums.set(k, (sums.get(k) ?? 0) + Number(r['Offence Count']));
    }
  }
  return sums;
}

const quarterOf = (area: SampleArea, first: string, measure: string): number => {
  const [y, m] = first.split('-').map(Number) as [number, number];
  return [0, 1, 2].reduce((sum, i) => sum + sumLeaves(districtLeafCounts(area, `${y}-${String(m + i).padStart(2, '0')}`), measure), 0);
};

describe('synthetic sample data', () => {
  it('is deterministic, whatever the clock and the time zone', () => {
    expect(generateSampleData([2023, 2024])).toEqual(files);
    const tz = process.env.TZ;
    vi.useFakeTimers({ now: new Date('2031-03-29T01:30:00Z') });
    process.env.TZ = 'Pacific/Auckland';
    try {
      const again = generateSampleData([2023, 2024]);
      for (const year of [2023, 2024]) {
        const name = `data/${year}/police-street-wealdshire.zip`;
        expect(Buffer.from(content(name, again)).equals(Buffer.from(content(name)))).toBe(true);
      }
    } finally {
      vi.useRealTimers();
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('writes the same list of files in each year folder', () => {
    for (const year of [2023, 2024]) {
      expect(files.filter((f) => f.path.startsWith(`data/${year}/`)).map((f) => f.path.slice(10)).sort()).toEqual([
        'README.md', 'commentary/domestic_abuse.md', 'commentary/summary.md', 'csp-lookup.csv', 'fire-incidents.csv', 'health-admissions.csv', 'home-office-recorded-crime-by-csp.csv',
        'lsoa-ward-lookup.csv', 'police-asb-domestic-abuse.csv', 'police-recorded-crime.csv', 'police-street-wealdshire.zip',
        'population.csv', 'priority-scores.csv', 'probation-reoffending.csv', 'road-casualties.csv', 'wards.csv', 'youth-offending.csv',
      ]);
    }
  });

  it('makes all crime the sum of the offence groups plus the other-crimes remainder', () => {
    const crime = rows('data/2024/police-recorded-crime.csv');
    for (const [area, month] of [[HOME_CODE, '2023-03'], ['E07999002', '2024-03']] as const) {
      const groups = CRIME_GROUPS.reduce((sum, g) => sum + value(crime, g, area, month), 0);
      const remainder = value(crime, 'other_crime', area, month);
      expect(remainder).toBe(districtLeafCounts(areaOf(area), month)[OTHER_CRIMES]);
      const all = value(crime, 'all_crime', area, month);
      expect(all).toBe(groups + remainder);
      expect(remainder / all).toBeGreaterThan(0.01);
      expect(remainder / all).toBeLessThan(0.06);
      expect(value(crime, 'burglary', area, month)).toBe(value(crime, 'burglary_residential', area, month) + value(crime, 'burglary_other', area, month));
      expect(value(crime, 'violence_and_sexual_offences', area, month)).toBe(value(crime, 'violence_against_person', area, month) + value(crime, 'sexual_offences', area, month));
    }
  });

  it('keeps subsets within their totals', () => {
    const crime = rows('data/2024/police-recorded-crime.csv');
    const asb = rows('data/2024/police-asb-domestic-abuse.csv');
    const month = '2023-07';
    const vehicle = sumLeaves(districtLeafCounts(HOME_AREA, month), 'vehicle_crime');
    expect(value(crime, 'theft_from_vehicle', HOME_CODE, month) + value(crime, 'theft_of_vehicle', HOME_CODE, month)).toBeLessThanOrEqual(vehicle);
    expect(value(crime, 'violence_with_injury', HOME_CODE, month)).toBeLessThan(value(crime, 'violence_against_person', HOME_CODE, month));
    const share = value(asb, 'da_repeat_victims', HOME_CODE, month) / value(asb, 'da_incidents', HOME_CODE, month);
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.4);
  });

  it('agrees between the 2023 and 2024 folders where they overlap, whichever file gives the month', () => {
    const a = rows('data/2023/police-recorded-crime.csv');
    const b = rows('data/2024/police-recorded-crime.csv');
    for (const measure of ['all_crime', 'shoplifting', 'robbery', 'burglary']) {
      expect(value(a, measure, HOME_CODE, '2022-05')).toBe(value(b, measure, HOME_CODE, '2022-05'));
    }
    // 2023's street files give Medbury for Oct 2022 to Sep 2023; 2024's tidy file gives those months.
    const street2023 = streetRows(2023).filter((r) => r.Month === '2023-05' && r['LSOA code'] !== '');
    expect(street2023.filter((r) => r['Crime type'] !== 'Anti-social behaviour').length).toBe(value(b, 'all_crime', HOME_CODE, '2023-05'));
    expect(street2023.filter((r) => r['Crime type'] === 'Shoplifting').length).toBe(value(b, 'shoplifting', HOME_CODE, '2023-05'));
    // The Home Office quarters the two folders share are the same rows.
    const quarter = (year: number): string[] => file(`data/${year}/home-office-recorded-crime-by-csp.csv`).split('\n').filter((l) => l.startsWith('2021/22,'));
    expect(quarter(2023).length).toBeGreaterThan(0);
    expect(quarter(2023)).toEqual(quarter(2024));
    const fireA = rows('data/2023/fire-incidents.csv');
    const fireB = rows('data/2024/fire-incidents.csv');
    expect(value(fireA, 'fires_deliberate', HOME_CODE, '2022')).toBe(value(fireB, 'fires_deliberate', HOME_CODE, '2022'));
  });

  it('has 48 monthly periods in the tidy police files, ending with the assessment year', () => {
    for (const path of ['data/2024/police-recorded-crime.csv', 'data/2024/police-asb-domestic-abuse.csv']) {
      const periods = [...new Set(rows(path).map((r) => r.period))].sort();
      expect(periods).toHaveLength(48);
      expect(periods[0]).toBe('2020-10');
      expect(periods.at(-1)).toBe('2024-09');
    }
    const periods2023 = [...new Set(rows('data/2023/police-recorded-crime.csv').map((r) => r.period))].sort();
    expect([periods2023[0], periods2023.at(-1), periods2023.length]).toEqual(['2019-10', '2023-09', 48]);
    // burglary, violence and sexual offences and other crime for three years and more, in every county district.
    const crime = rows('data/2024/police-recorded-crime.csv');
    for (const measure of ['burglary', 'violence_and_sexual_offences', 'other_crime']) {
      for (const area of COUNTY_AREAS.filter((a) => a.code !== HOME_CODE)) {
        expect(crime.filter((r) => r.measure === measure && r.area_code === area.code)).toHaveLength(48);
      }
      expect(crime.filter((r) => r.measure === measure && r.area_code === HOME_CODE)).toHaveLength(36);
    }
  });

  it('gives nothing twice: the tidy files leave out what the street and Home Office files give', () => {
    for (const year of [2023, 2024]) {
      const assessment = new Set(monthsEnding(year, 9, 12));
      const tidy = [...rows(`data/${year}/police-recorded-crime.csv`), ...rows(`data/${year}/police-asb-domestic-abuse.csv`)];
      const home = tidy.filter((r) => r.area_code === HOME_CODE && assessment.has(r.period!));
      expect(new Set(home.map((r) => r.measure))).toEqual(new Set(HOME_TIDY_ONLY));
      expect(home.some((r) => streetMeasures.includes(r.measure!))).toBe(false);
      const outside = new Set(OTHER_COMPARATORS.map((a) => a.code));
      expect(new Set(tidy.filter((r) => outside.has(r.area_code!)).map((r) => r.measure))).toEqual(new Set(['asb', 'da_incidents', 'da_repeat_victims', 'theft_from_vehicle', 'theft_of_vehicle']));
      expect(tidy.some((r) => outside.has(r.area_code!) && HOME_OFFICE_MEASURES.has(r.measure!))).toBe(false);
      expect(files.some((f) => f.path === `data/${year}/police-wards.csv`)).toBe(false);
    }
  });

  it('writes a data.police.uk street zip of the 12 months of the assessment year, under 1 MB', () => {
    const zip = content('data/2024/police-street-wealdshire.zip') as Uint8Array;
    expect(zip.length).toBeLessThan(1024 * 1024);
    const street = streetFiles(2024);
    expect([...street.keys()]).toEqual(monthsEnding(2024, 9, 12).map((m) => `${m}/${m}-wealdshire-street.csv`));
    const text = new TextDecoder().decode(unzipSync(zip)['2024-01/2024-01-wealdshire-street.csv']!);
    expect(text.split('\n')[0]).toBe(STREET_HEADER);
    const lookup = new Map(rows('data/2024/lsoa-ward-lookup.csv').map((r) => [r.LSOA21CD!, r.LSOA21NM!]));
    const types = new Set(streetCrimeTypes.map(([type]) => type));
    const ids = new Set<string>();
    for (const [name, records] of street) {
      for (const r of records) {
        expect(r.Month).toBe(name.slice(0, 7));
        expect([r['Reported by'], r['Falls within'], r.Context]).toEqual(['Wealdshire Police', 'Wealdshire Police', '']);
        expect(types.has(r['Crime type']!)).toBe(true);
        if (r['Crime type'] === 'Anti-social behaviour') {
          expect([r['Crime ID'], r['Last outcome category']]).toEqual(['', '']);
        } else {
          expect(r['Crime ID']).toMatch(/^[0-9a-f]{64}$/);
          expect(ids.has(r['Crime ID']!)).toBe(false);
          ids.add(r['Crime ID']!);
          expect(r['Last outcome category']).not.toBe('');
        }
        if (r['LSOA code'] === '') {
          expect([r.Longitude, r.Latitude, r.Location, r['LSOA name']]).toEqual(['', '', 'No location', '']);
        } else {
          expect(lookup.get(r['LSOA code']!)).toBe(r['LSOA name']);
          expect(r.Location).toMatch(/^On or near \S/);
          expect(Number(r.Longitude)).toBeGreaterThan(0.2);
          expect(Number(r.Longitude)).toBeLessThan(0.65);
          expect(Number(r.Latitude)).toBeGreaterThan(51.1);
          expect(Number(r.Latitude)).toBeLessThan(51.3);
        }
      }
    }
  });

  it('places street rows so each crime type, month and ward has exactly the generator count', () => {
    for (const year of [2023, 2024]) {
      const counts = streetWardCounts(year);
      const pops = wardPopulations(year);
      let total = 0;
      for (const month of monthsEnding(year, 9, 12)) {
        const wards = wardLeafCounts(districtLeafCounts(HOME_AREA, month), month, pops);
        HOME_WARDS.forEach((ward, i) => {
          for (const [type, measure] of streetCrimeTypes) {
            const expected = sumLeaves(wards[i]!, measure);
            total += expected;
            expect([type, ward.code, month, counts.get(`${type}|${ward.code}|${month}`) ?? 0]).toEqual([type, ward.code, month, expected]);
          }
        });
      }
      // The rows with no location are extra, a realistic handful.
      const noLocation = streetRows(year).filter((r) => r['LSOA code'] === '').length;
      expect(noLocation / total).toBeGreaterThan(0.001);
      expect(noLocation / total).toBeLessThan(0.01);
      expect(streetRows(year).length).toBe(total + noLocation);
      expect(file('data/README.md')).toContain(`${noLocation} in \`${year}/\``);
    }
  });

  it('writes an ONS LSOA lookup of 3 to 8 LSOAs for each of Medbury\'s wards, as wards.csv names them', () => {
    const text = file('data/2024/lsoa-ward-lookup.csv');
    expect(text.split('\n')[0]).toBe('LSOA21CD,LSOA21NM,WD23CD,WD23NM,LAD23CD,LAD23NM');
    const lookup = rows('data/2024/lsoa-ward-lookup.csv');
    expect(lookup[0]).toEqual({ LSOA21CD: 'E01999001', LSOA21NM: 'Medbury 001A', WD23CD: 'E05999001', WD23NM: 'Abbotsfield', LAD23CD: HOME_CODE, LAD23NM: 'Medbury' });
    const wards = rows('data/2024/wards.csv');
    for (const ward of wards) {
      const lsoas = lookup.filter((r) => r.WD23CD === ward.ward_code);
      expect(lsoas.length).toBeGreaterThanOrEqual(3);
      expect(lsoas.length).toBeLessThanOrEqual(8);
      expect(new Set(lsoas.map((r) => r.WD23NM))).toEqual(new Set([ward.ward_name]));
    }
    expect(new Set(lookup.map((r) => r.WD23CD)).size).toBe(wards.length);
    expect(new Set(lookup.map((r) => r.LSOA21CD)).size).toBe(lookup.length);
    expect(file('data/2023/lsoa-ward-lookup.csv')).toBe(text);
  });

  it('writes a Home Office CSP file whose quarters add up to the generator months', () => {
    const text = file('data/2024/home-office-recorded-crime-by-csp.csv');
    expect(text.split('\n')[0]).toBe(HO_HEADER);
    const records = rows('data/2024/home-office-recorded-crime-by-csp.csv');
    expect(new Set(records.map((r) => r['CSP Name']))).toEqual(new Set([...OTHER_COMPARATORS, ...OTHER_CSPS].map((a) => a.name)));
    const quarters = [...new Set(records.map((r) => `${r['Financial Year']} ${r['Financial Quarter']}`))];
    expect(quarters).toHaveLength(16);
    expect([quarters[0], quarters.at(-1)]).toEqual(['2020/21 3', '2024/25 2']);
    const sums = homeOfficeSums(2024);
    for (const area of [areaOf('E07999101'), areaOf('E07999108'), OTHER_CSPS[0]!]) {
      for (const first of ['2020-10', '2024-01', '2024-07']) {
        expect(sums.get(`${area.name}|${first}|all`)).toBe(quarterOf(area, first, 'all_crime'));
        expect(sums.get(`${area.name}|${first}|group:Violence against the person`)).toBe(quarterOf(area, first, 'violence_against_person'));
        expect(sums.get(`${area.name}|${first}|subgroup:Violence with injury`)).toBe(quarterOf(area, first, 'violence_with_injury'));
        expect(sums.get(`${area.name}|${first}|subgroup:Residential burglary`)).toBe(quarterOf(area, first, 'burglary_residential'));
        expect(sums.get(`${area.name}|${first}|subgroup:Vehicle offences`)).toBe(quarterOf(area, first, 'vehicle_crime'));
        expect(sums.get(`${area.name}|${first}|subgroup:Shoplifting`)).toBe(quarterOf(area, first, 'shoplifting'));
        expect(sums.get(`${area.name}|${first}|group:Miscellaneous crimes against society`)).toBe(quarterOf(area, first, 'other_crime'));
      }
    }
    expect(rows('data/2024/csp-lookup.csv')).toEqual(OTHER_COMPARATORS.map((a) => ({ csp_name: a.name, area_code: a.code })));
  });

  it('labels every row of every tidy file as synthetic', () => {
    const tidy = files.filter((f) => f.path.endsWith('.csv') && typeof f.content === 'string' && f.content.startsWith('measure,'));
    expect(tidy.length).toBe(2 * 7);
    for (const f of tidy) {
      expect(file(f.path).split('\n')[0]).toBe('measure,area_code,area_name,period,value,source');
      for (const r of rows(f.path)) expect(r.source).toBe('synthetic sample data - not real figures');
    }
  });

  it('writes plain integers and sorted rows', () => {
    const crime = rows('data/2024/police-recorded-crime.csv');
    expect(crime.every((r) => /^\d+$/.test(r.value!))).toBe(true);
    const keys = crime.map((r) => `${r.measure}\t${r.area_code}\t${r.period}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('gives annual partner figures for three years, county districts only', () => {
    const road = rows('data/2024/road-casualties.csv');
    expect(new Set(road.map((r) => r.period))).toEqual(new Set(['2022', '2023', '2024']));
    expect(new Set(road.map((r) => r.area_code)).size).toBe(COUNTY_AREAS.length);
    expect(value(road, 'road_ksi', HOME_CODE, '2024')).toBeLessThan(value(road, 'road_casualties', HOME_CODE, '2024'));
  });

  it('gives Medbury\'s hospital admissions for violence by ward too: small counts that add up to the district', () => {
    for (const year of [2023, 2024]) {
      const health = rows(`data/${year}/health-admissions.csv`);
      const wardRows = health.filter((r) => r.area_code!.startsWith('E05999'));
      expect(new Set(wardRows.map((r) => r.measure))).toEqual(new Set(['hospital_assault']));
      expect(new Set(wardRows.map((r) => r.area_code))).toEqual(new Set(HOME_WARDS.map((w) => w.code)));
      for (const y of [year - 2, year - 1, year]) {
        const wards = wardRows.filter((r) => r.period === String(y)).map((r) => Number(r.value));
        expect(wards).toHaveLength(HOME_WARDS.length);
        expect(wards.reduce((sum, v) => sum + v, 0)).toBe(value(health, 'hospital_assault', HOME_CODE, String(y)));
        // Most are 1 to 7, which the NHS rule withholds; a few are shown rounded.
        expect(wards.filter((v) => v >= 1 && v <= 7).length).toBeGreaterThan(HOME_WARDS.length / 2);
      }
    }
    const shared = (year: number): string[] => file(`data/${year}/health-admissions.csv`).split('\n').filter((l) => l.includes(',E05999') && l.includes(',2023,'));
    expect(shared(2024)).toEqual(shared(2023));
  });

  it('writes a configuration that matches the data', () => {
    const config = parseYaml(file('assess.config.yaml')) as { [key: string]: unknown };
    expect(Object.keys(config)).toEqual(['partnership', 'area', 'county', 'comparators', 'year_end_month', 'draft', 'cover_note', 'priorities']);
    expect(config.cover_note).toMatch(/^Synthetic sample data - not real figures/);
    expect(config.area).toBe(HOME_AREA.code);
    const county = config.county as { areas: string[]; code: string };
    expect(county.areas).toEqual(COUNTY_AREAS.map((a) => a.code));
    const comparators = config.comparators as { areas: string[] };
    expect(comparators.areas).toHaveLength(12);
    const known = new Set(rows('data/2024/population.csv').map((r) => r.area_code));
    for (const code of [...county.areas, ...comparators.areas]) expect(known.has(code)).toBe(true);
  });

  it('describes every file of a folder in its README, and says the data is synthetic', () => {
    for (const year of [2023, 2024]) {
      const readme = file(`data/${year}/README.md`);
      expect(readme).toContain('SYNTHETIC SAMPLE DATA');
      for (const f of files.filter((x) => x.path.startsWith(`data/${year}/`) && !x.path.endsWith('README.md'))) expect(readme).toContain(`\`${f.path.slice(10)}\``);
      expect(readme).toContain('data.police.uk');
      expect(readme).toContain('Home Office');
    }
    expect(file('data/README.md')).toContain('SYNTHETIC SAMPLE DATA');
  });

  it('keeps the police catalogue sums consistent for a generated month', () => {
    const counts = districtLeafCounts(HOME_AREA, '2024-06');
    expect(sumLeaves(counts, 'vehicle_crime')).toBeGreaterThanOrEqual(sumLeaves(counts, 'theft_from_vehicle'));
    expect(sumLeaves(counts, 'all_crime')).toBe(streetCrimeTypes.filter(([, m]) => m !== 'asb').reduce((sum, [, m]) => sum + sumLeaves(counts, m), 0));
  });
});

describe('the sample read by assess', () => {
  let root: string;
  let inputs: YearInputs;
  let problems: unknown[];

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'assess-sample-'));
    const dir = path.join(root, '2024');
    await mkdir(dir);
    for (const f of files.filter((x) => x.path.startsWith('data/2024/'))) {
      await mkdir(path.dirname(path.join(dir, f.path.slice(10))), { recursive: true });
      await writeFile(path.join(dir, f.path.slice(10)), f.content);
    }
    const config = parseConfig(file('assess.config.yaml'), 'assess.config.yaml');
    ({ inputs, problems } = await inspectYearFolder(dir, config));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const annual = (measure: string, area: string, year: number): number | null | undefined => inputs.annual.get(measure)?.get(area)?.get(year);
  const generatorYear = (area: SampleArea, measure: string, year: number): number =>
    monthsEnding(year, 9, 12).reduce((sum, month) => sum + sumLeaves(districtLeafCounts(area, month), measure), 0);

  it('reads the street, lookup and Home Office files with no problems and the figures of the generator', () => {
    expect(problems).toEqual([]);
    const formats = new Set(inputs.sources.map((s) => s.format));
    expect(formats).toContain('data.police.uk street-level crime');
    expect(formats).toContain('Home Office police recorded crime by Community Safety Partnership');
    for (const year of [2022, 2023, 2024]) {
      for (const measure of ['all_crime', 'asb', 'burglary', 'violence_and_sexual_offences', 'other_crime', 'shoplifting', 'violence_with_injury']) {
        expect([measure, year, annual(measure, HOME_CODE, year)]).toEqual([measure, year, generatorYear(HOME_AREA, measure, year)]);
      }
      for (const area of [areaOf('E07999101'), areaOf('E07999002')]) {
        for (const measure of ['all_crime', 'other_crime', 'burglary_residential', 'asb', 'theft_from_vehicle']) {
          expect([area.code, measure, year, annual(measure, area.code, year)]).toEqual([area.code, measure, year, generatorYear(area, measure, year)]);
        }
      }
    }
    const highStreet = HOME_WARDS.find((w) => w.name === 'High Street')!;
    expect(annual('shoplifting', highStreet.code, 2024)).toBeGreaterThan(0);
    expect(HOME_WARDS.reduce((sum, w) => sum + (annual('all_crime', w.code, 2024) ?? 0), 0)).toBe(annual('all_crime', HOME_CODE, 2024));
  });

  it('warns about the rows with no location and the partnerships not in the CSP lookup', () => {
    const messages = inputs.warnings.map((w) => w.message);
    const noLocation = messages.filter((m) => /had no LSOA code/.test(m)).reduce((sum, m) => sum + Number(/^(\d+) rows?/.exec(m)![1]), 0);
    expect(noLocation).toBe(streetRows(2024).filter((r) => r['LSOA code'] === '').length);
    const others = new Set(OTHER_CSPS.map((c) => c.name));
    const skipped = rows('data/2024/home-office-recorded-crime-by-csp.csv').filter((r) => others.has(r['CSP Name']!)).length;
    expect(skipped).toBeGreaterThan(0);
    expect(messages).toContain(`Skipped ${skipped} rows for 3 CSPs that are not in the CSP lookup: ${OTHER_CSPS.map((c) => c.name).join(', ')}`);
  });
});
