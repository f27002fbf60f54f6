/**
 * The pure heart of the sample-data generator: builds every file's text in memory. Writing them
 * to disk is scripts/generate-sample-data.ts's only job.
 */
import { streetMeasures } from '../../src/ingest/formats/police-crime-types.js';
import { ANNUAL_FILES, annualValue, wardAnnualRows } from './annual.js';
import { commentaryFiles, commentaryReadme } from './commentary.js';
import { ALL_AREAS, COUNTY_AREAS, HOME_AREA, HOME_WARDS, OTHER_COMPARATORS, populationFor, wardPopulations, type SampleArea } from './geography.js';
import { CSP_LOOKUP, HOME_OFFICE_FILE, HOME_OFFICE_LEAVES, HOME_OFFICE_MEASURES, cspLookupCsv, homeOfficeCsv } from './home-office.js';
import { monthsEnding } from './months.js';
import { PRIORITIES_CONFIG, PRIORITY_SCORES_FILE, prioritiesReadme, priorityScoresCsv } from './priorities.js';
import { districtLeafCounts, leavesOf, policeMeasureIds, sumLeaves, wardLeafCounts, type LeafCounts } from './police.js';
import { LSOA_LOOKUP, STREET_ZIP, lsoaLookupCsv, streetZip } from './street.js';
import { ASB_DA, MONTHS_PER_FOLDER, SOURCE_TEXT, YEAR_END_MONTH, rootReadme, sampleConfig, yearReadme, type FolderFacts } from './texts.js';

export interface SampleFile {
  /** Relative to the project root, '/'-separated, e.g. 'data/2024/population.csv'. */
  path: string;
  /** Text (written as UTF-8) or bytes (the zip archive). */
  content: string | Uint8Array;
}

/** Measures the street file gives for the home district in the assessment year. */
const STREET_MEASURES: ReadonlySet<string> = new Set(streetMeasures);
const OUTSIDE_COMPARATORS: ReadonlySet<string> = new Set(OTHER_COMPARATORS.map((a) => a.code));

/**
 * Whether a tidy police row is left out because a published-format file gives it: the street
 * file for the home district's assessment-year months, the Home Office file for the comparators
 * outside the county (all months). Nothing is given twice.
 */
function givenElsewhere(measure: string, areaCode: string, month: string, assessmentMonths: ReadonlySet<string>): boolean {
  if (areaCode === HOME_AREA.code && assessmentMonths.has(month)) return STREET_MEASURES.has(measure);
  return OUTSIDE_COMPARATORS.has(areaCode) && HOME_OFFICE_MEASURES.has(measure);
}

/** The published files must cover all crime exactly: every leaf once, no more. */
function checkCoverage(): void {
  const allCrime = [...leavesOf('all_crime')].sort().join();
  if ([...HOME_OFFICE_LEAVES].sort().join() !== allCrime) throw new Error('the Home Office offence list does not cover the leaves of all crime exactly');
  const street = streetMeasures.filter((m) => m !== 'all_crime' && m !== 'asb').flatMap(leavesOf).sort().join();
  if (street !== allCrime) throw new Error('the data.police.uk crime types do not cover the leaves of all crime exactly');
}

/** The assessment years bundled with the project. */
export const SAMPLE_YEARS = [2023, 2024];


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

type District = (area: SampleArea, month: string) => LeafCounts;

/** Memoises district-months within one generation run (both folders share most months). */
function districtCache(): District {
  const cache = new Map<string, LeafCounts>();
  return (area, month) => {
    const key = `${area.code}|${month}`;
    let counts = cache.get(key);
    if (!counts) {
      counts = districtLeafCounts(area, month);
      cache.set(key, counts);
    }
    return counts;
  };
}

function yearFiles(year: number, district: District): { files: SampleFile[]; facts: FolderFacts } {
  const dir = `data/${year}`;
  const police = policeMeasureIds();
  const months = monthsEnding(year, YEAR_END_MONTH, MONTHS_PER_FOLDER);
  const assessmentMonths = monthsEnding(year, YEAR_END_MONTH, 12);
  const inAssessment = new Set(assessmentMonths);
  const crimeRows: Row[] = [];
  const asbRows: Row[] = [];
  for (const area of ALL_AREAS) {
    for (const month of months) {
      const counts = district(area, month);
      for (const measure of police) {
        if (givenElsewhere(measure, area.code, month, inAssessment)) continue;
        const row = { measure, areaCode: area.code, areaName: area.name, period: month, value: sumLeaves(counts, measure) };
        (ASB_DA.includes(measure) ? asbRows : crimeRows).push(row);
      }
    }
  }

  // The street file places each ward's share (split by the folder's ward populations) in its LSOAs.
  const wardPops = wardPopulations(year);
  const street = streetZip(year, assessmentMonths, (month) => wardLeafCounts(district(HOME_AREA, month), month, wardPops));
  const homeOffice = homeOfficeCsv(months, district);

  const annual = ANNUAL_FILES.map(({ file, measures }) => {
    const rows: Row[] = [];
    for (const measure of measures) {
      for (const area of COUNTY_AREAS) {
        for (let y = year - 2; y <= year; y++) {
          rows.push({ measure, areaCode: area.code, areaName: area.name, period: String(y), value: annualValue(area, measure, y) });
        }
      }
    }
    rows.push(...wardAnnualRows(file, year));
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

  const facts: FolderFacts = { year, streetRows: street.placed + street.noLocation, noLocation: street.noLocation, homeOfficeRows: homeOffice.split('\n').length - 2 };
  const files: SampleFile[] = [
    { path: `${dir}/README.md`, content: yearReadme(year, facts) + commentaryReadme() + prioritiesReadme() },
    { path: `${dir}/police-recorded-crime.csv`, content: tidy(crimeRows) },
    { path: `${dir}/police-asb-domestic-abuse.csv`, content: tidy(asbRows) },
    { path: `${dir}/${STREET_ZIP}`, content: street.zip },
    { path: `${dir}/${LSOA_LOOKUP}`, content: lsoaLookupCsv() },
    { path: `${dir}/${HOME_OFFICE_FILE}`, content: homeOffice },
    { path: `${dir}/${CSP_LOOKUP}`, content: cspLookupCsv() },
    ...annual,
    { path: `${dir}/population.csv`, content: population },
    { path: `${dir}/wards.csv`, content: wards },
    { path: `${dir}/${PRIORITY_SCORES_FILE}`, content: priorityScoresCsv() },
    ...commentaryFiles(dir, year),
  ];
  return { files, facts };
}

/**
 * Every file of the bundled sample: data/README.md, data/<year>/* for each year, and the sample
 * assess.config.yaml. Pure and deterministic: the same years give the same files.
 */
export function generateSampleData(years: number[] = SAMPLE_YEARS): SampleFile[] {
  checkCoverage();
  const sortedYears = [...years].sort((a, b) => a - b);
  const district = districtCache();
  const folders = sortedYears.map((year) => yearFiles(year, district));
  return [
    { path: 'assess.config.yaml', content: sampleConfig(sortedYears) + PRIORITIES_CONFIG },
    { path: 'data/README.md', content: rootReadme(folders.map((f) => f.facts)) },
    ...folders.flatMap((f) => f.files),
  ];
}
