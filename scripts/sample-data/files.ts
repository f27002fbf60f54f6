/**
 * The pure heart of the sample-data generator: builds every file's text in memory. Writing them
 * to disk is scripts/generate-sample-data.ts's only job.
 */
import { ANNUAL_FILES, annualValue } from './annual.js';
import { ALL_AREAS, COUNTY_AREAS, HOME_AREA, HOME_WARDS, populationFor, wardPopulations } from './geography.js';
import { monthsEnding } from './months.js';
import { districtLeafCounts, policeMeasureIds, sumLeaves, wardLeafCounts, type LeafCounts } from './police.js';
import { MONTHS_PER_FOLDER, SOURCE_TEXT, YEAR_END_MONTH, rootReadme, sampleConfig, yearReadme } from './texts.js';

export interface SampleFile {
  /** Relative to the project root, '/'-separated, e.g. 'data/2024/population.csv'. */
  path: string;
  content: string;
}

/** The assessment years bundled with the project. */
export const SAMPLE_YEARS = [2023, 2024];

/** Measures of police-asb-domestic-abuse.csv; every other police measure is in police-recorded-crime.csv. */
const ASB_DA = ['asb', 'da_incidents', 'da_repeat_victims'];

interface Row {
  measure: string;
  areaCode: string;
  areaName: string;
  period: string;
  value: number;
}

function cell(text: string | number): string {
  const s = String(text);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(header: string[], lines: (string | number)[][]): string {
  return [header, ...lines].map((line) => line.map(cell).join(',')).join('\n') + '\n';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A tidy file, rows sorted by measure, area code, period. */
function tidy(rows: Row[]): string {
  const sorted = [...rows].sort((a, b) => compare(a.measure, b.measure) || compare(a.areaCode, b.areaCode) || compare(a.period, b.period));
  return csv(
    ['measure', 'area_code', 'area_name', 'period', 'value', 'source'],
    sorted.map((r) => [r.measure, r.areaCode, r.areaName, r.period, r.value, SOURCE_TEXT]),
  );
}

/** Memoises district-months within one generation run (both folders share most months). */
function districtCache(): (areaCode: string, month: string) => LeafCounts {
  const cache = new Map<string, LeafCounts>();
  return (areaCode, month) => {
    const key = `${areaCode}|${month}`;
    let counts = cache.get(key);
    if (!counts) {
      const area = ALL_AREAS.find((a) => a.code === areaCode);
      if (!area) throw new Error(`unknown sample area ${areaCode}`);
      counts = districtLeafCounts(area, month);
      cache.set(key, counts);
    }
    return counts;
  };
}

function yearFiles(year: number, district: (areaCode: string, month: string) => LeafCounts): SampleFile[] {
  const dir = `data/${year}`;
  const police = policeMeasureIds();
  const months = monthsEnding(year, YEAR_END_MONTH, MONTHS_PER_FOLDER);
  const crimeRows: Row[] = [];
  const asbRows: Row[] = [];
  for (const area of ALL_AREAS) {
    for (const month of months) {
      const counts = district(area.code, month);
      for (const measure of police) {
        const row = { measure, areaCode: area.code, areaName: area.name, period: month, value: sumLeaves(counts, measure) };
        (ASB_DA.includes(measure) ? asbRows : crimeRows).push(row);
      }
    }
  }

  const wardPops = wardPopulations(year);
  const wardRows: Row[] = [];
  for (const month of monthsEnding(year, YEAR_END_MONTH, 12)) {
    const wards = wardLeafCounts(district(HOME_AREA.code, month), month, wardPops);
    HOME_WARDS.forEach((ward, i) => {
      for (const measure of police) {
        wardRows.push({ measure, areaCode: ward.code, areaName: ward.name, period: month, value: sumLeaves(wards[i]!, measure) });
      }
    });
  }

  const annual = ANNUAL_FILES.map(({ file, measures }) => {
    const rows: Row[] = [];
    for (const measure of measures) {
      for (const area of COUNTY_AREAS) {
        for (let y = year - 2; y <= year; y++) {
          rows.push({ measure, areaCode: area.code, areaName: area.name, period: String(y), value: annualValue(area, measure, y) });
        }
      }
    }
    return { path: `${dir}/${file}`, content: tidy(rows) };
  });

  const population = csv(
    ['area_code', 'area_name', 'population', 'dwellings', 'households', 'population_10_17'],
    ALL_AREAS.map((area) => {
      const p = populationFor(area, year);
      return [p.code, p.name, p.population, p.dwellings, p.households, p.population_10_17];
    }),
  );
  const wards = csv(
    ['ward_code', 'ward_name', 'area_code', 'population'],
    HOME_WARDS.map((w, i) => [w.code, w.name, HOME_AREA.code, wardPops[i]!]),
  );

  return [
    { path: `${dir}/README.md`, content: yearReadme(year) },
    { path: `${dir}/police-recorded-crime.csv`, content: tidy(crimeRows) },
    { path: `${dir}/police-asb-domestic-abuse.csv`, content: tidy(asbRows) },
    { path: `${dir}/police-wards.csv`, content: tidy(wardRows) },
    ...annual,
    { path: `${dir}/population.csv`, content: population },
    { path: `${dir}/wards.csv`, content: wards },
  ];
}

/**
 * Every file of the bundled sample: data/README.md, data/<year>/* for each year, and the sample
 * assess.config.yaml. Pure and deterministic: the same years give the same files.
 */
export function generateSampleData(years: number[] = SAMPLE_YEARS): SampleFile[] {
  const sortedYears = [...years].sort((a, b) => a - b);
  const district = districtCache();
  return [
    { path: 'assess.config.yaml', content: sampleConfig(sortedYears) },
    { path: 'data/README.md', content: rootReadme(sortedYears) },
    ...sortedYears.flatMap((year) => yearFiles(year, district)),
  ];
}
