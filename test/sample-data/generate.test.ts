import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateSampleData, type SampleFile } from '../../scripts/generate-sample-data.js';
import { ALL_AREAS, COUNTY_AREAS, HOME_AREA, HOME_CODE } from '../../scripts/sample-data/geography.js';
import { CRIME_GROUPS, OTHER_CRIMES, districtLeafCounts, sumLeaves } from '../../scripts/sample-data/police.js';

type Record = { [column: string]: string };

const files = generateSampleData([2023, 2024]);

function file(path: string, from: SampleFile[] = files): string {
  const found = from.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path}`);
  return found.content;
}

function rows(path: string): Record[] {
  return parse(file(path), { columns: true }) as Record[];
}

function value(records: Record[], measure: string, area: string, period: string): number {
  const row = records.find((r) => r.measure === measure && r.area_code === area && r.period === period);
  if (!row) throw new Error(`no ${measure} ${area} ${period}`);
  return Number(row.value);
}

describe('synthetic sample data', () => {
  it('is deterministic', () => {
    expect(generateSampleData([2023, 2024])).toEqual(files);
  });

  it('makes all crime the sum of the offence groups plus the other-crimes remainder', () => {
    const crime = rows('data/2024/police-recorded-crime.csv');
    for (const area of [HOME_CODE, 'E07999101']) {
      const groups = CRIME_GROUPS.reduce((sum, g) => sum + value(crime, g, area, '2024-03'), 0);
      const remainder = districtLeafCounts(ALL_AREAS.find((a) => a.code === area)!, '2024-03')[OTHER_CRIMES]!;
      const all = value(crime, 'all_crime', area, '2024-03');
      expect(all).toBe(groups + remainder);
      expect(remainder / all).toBeGreaterThan(0.01);
      expect(remainder / all).toBeLessThan(0.06);
    }
  });

  it('keeps subsets within their totals', () => {
    const crime = rows('data/2024/police-recorded-crime.csv');
    const asb = rows('data/2024/police-asb-domestic-abuse.csv');
    const month = '2023-07';
    expect(value(crime, 'theft_from_vehicle', HOME_CODE, month) + value(crime, 'theft_of_vehicle', HOME_CODE, month))
      .toBeLessThanOrEqual(value(crime, 'vehicle_crime', HOME_CODE, month));
    expect(value(crime, 'violence_with_injury', HOME_CODE, month)).toBeLessThan(value(crime, 'violence_against_person', HOME_CODE, month));
    const share = value(asb, 'da_repeat_victims', HOME_CODE, month) / value(asb, 'da_incidents', HOME_CODE, month);
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.4);
  });

  it('agrees between the 2023 and 2024 folders where they overlap', () => {
    const a = rows('data/2023/police-recorded-crime.csv');
    const b = rows('data/2024/police-recorded-crime.csv');
    for (const measure of ['all_crime', 'shoplifting', 'robbery']) {
      expect(value(a, measure, HOME_CODE, '2022-05')).toBe(value(b, measure, HOME_CODE, '2022-05'));
    }
    const fireA = rows('data/2023/fire-incidents.csv');
    const fireB = rows('data/2024/fire-incidents.csv');
    expect(value(fireA, 'fires_deliberate', HOME_CODE, '2022')).toBe(value(fireB, 'fires_deliberate', HOME_CODE, '2022'));
  });

  it('has 48 monthly periods in the police files, ending with the assessment year', () => {
    for (const path of ['data/2024/police-recorded-crime.csv', 'data/2024/police-asb-domestic-abuse.csv']) {
      const periods = [...new Set(rows(path).map((r) => r.period))].sort();
      expect(periods).toHaveLength(48);
      expect(periods[0]).toBe('2020-10');
      expect(periods.at(-1)).toBe('2024-09');
    }
    const periods2023 = [...new Set(rows('data/2023/police-recorded-crime.csv').map((r) => r.period))].sort();
    expect([periods2023[0], periods2023.at(-1), periods2023.length]).toEqual(['2019-10', '2023-09', 48]);
  });

  it('splits the district among its wards exactly', () => {
    const crime = rows('data/2024/police-recorded-crime.csv');
    const wards = rows('data/2024/police-wards.csv');
    for (const measure of ['all_crime', 'shoplifting', 'robbery', 'violence_with_injury']) {
      const total = wards.filter((r) => r.measure === measure && r.period === '2024-02').reduce((s, r) => s + Number(r.value), 0);
      expect(total).toBe(value(crime, measure, HOME_CODE, '2024-02'));
    }
    const wardList = rows('data/2024/wards.csv');
    const population = rows('data/2024/population.csv').find((r) => r.area_code === HOME_CODE)!;
    expect(wardList.reduce((s, r) => s + Number(r.population), 0)).toBe(Number(population.population));
    expect(new Set(wards.map((r) => r.period)).size).toBe(12);
  });

  it('labels every row of every tidy file as synthetic', () => {
    const tidy = files.filter((f) => f.path.endsWith('.csv') && f.content.startsWith('measure,'));
    expect(tidy.length).toBe(2 * 8);
    for (const f of tidy) {
      expect(f.content.split('\n')[0]).toBe('measure,area_code,area_name,period,value,source');
      for (const r of rows(f.path)) expect(r.source).toBe('synthetic sample data - not real figures');
    }
  });

  it('writes plain integers and sorted rows', () => {
    const crime = rows('data/2024/police-recorded-crime.csv');
    expect(crime.every((r) => /^\d+$/.test(r.value!))).toBe(true);
    const keys = crime.map((r) => `${r.measure}|${r.area_code}|${r.period}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('gives annual partner figures for three years, county districts only', () => {
    const road = rows('data/2024/road-casualties.csv');
    expect(new Set(road.map((r) => r.period))).toEqual(new Set(['2022', '2023', '2024']));
    expect(new Set(road.map((r) => r.area_code)).size).toBe(COUNTY_AREAS.length);
    expect(value(road, 'road_ksi', HOME_CODE, '2024')).toBeLessThan(value(road, 'road_casualties', HOME_CODE, '2024'));
  });

  it('writes a configuration that matches the data', () => {
    const config = parseYaml(file('assess.config.yaml')) as { [key: string]: unknown };
    expect(Object.keys(config)).toEqual(['partnership', 'area', 'county', 'comparators', 'year_end_month', 'draft', 'cover_note']);
    expect(config.cover_note).toMatch(/^Synthetic sample data - not real figures/);
    expect(config.area).toBe(HOME_AREA.code);
    const county = config.county as { areas: string[]; code: string };
    expect(county.areas).toEqual(COUNTY_AREAS.map((a) => a.code));
    const comparators = config.comparators as { areas: string[] };
    expect(comparators.areas).toHaveLength(12);
    const known = new Set(rows('data/2024/population.csv').map((r) => r.area_code));
    for (const code of [...county.areas, ...comparators.areas]) expect(known.has(code)).toBe(true);
  });

  it('keeps the police catalogue sums consistent for a generated month', () => {
    const counts = districtLeafCounts(HOME_AREA, '2024-06');
    expect(sumLeaves(counts, 'vehicle_crime')).toBeGreaterThanOrEqual(sumLeaves(counts, 'theft_from_vehicle'));
  });
});
