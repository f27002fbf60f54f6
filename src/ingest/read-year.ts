import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AssessError, ExitCode, collectProblems } from '../errors.js';
import type { AreaPopulation, AssessConfig, InputWarning, Observation, SourceSummary, WardInfo, YearInputs } from '../model.js';
import { buildAnnualTotals } from './annual-totals.js';
import { checkDenominators, checkPopulationCoverage, checkWardDistricts } from './checks.js';
import { classifyFile, ignoredReason, type FileKind } from './classify.js';
import { readCsvTable } from './csv-table.js';
import { decodeText } from './decode.js';
import { parsePopulation } from './parse-population.js';
import { parseTidy } from './parse-tidy.js';
import { parseWards } from './parse-wards.js';
import { summariseLookup, summariseTidy } from './sources.js';

interface InputFile {
  name: string;
  /** The path shown in messages. */
  shown: string;
  text: string;
  kind: FileKind;
}

async function listCsvFiles(dir: string): Promise<string[]> {
  const year = path.basename(path.resolve(dir));
  const missing = new AssessError(`No data folder for ${year}`, ExitCode.badInput, {
    location: { file: dir },
    fix: `Put the partner extracts in data/${year}/ or pass --data DIR`,
  });
  try {
    if (!(await stat(dir)).isDirectory()) throw missing;
  } catch (error) {
    if (error instanceof AssessError) throw error;
    throw missing;
  }
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.csv'))
    .map((entry) => entry.name)
    // Code-unit order, not locale order, so every machine reads the files in the same order.
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (names.length === 0) {
    throw new AssessError(`No CSV files in ${dir}`, ExitCode.badInput, {
      location: { file: dir },
      expected: 'partner extracts saved as .csv, and population.csv',
      fix: `Put the partner extracts in ${dir} or pass --data DIR`,
    });
  }
  return names;
}

async function readText(shown: string): Promise<string> {
  try {
    return decodeText(await readFile(shown)).text;
  } catch (error) {
    throw new AssessError('The file cannot be read', ExitCode.badInput, { location: { file: shown }, found: (error as Error).message, fix: 'Check the file is not open elsewhere and that you may read it.' });
  }
}

/**
 * Reads one year's data folder: every tidy CSV, population.csv and the optional wards.csv.
 * Every problem in every file is gathered and thrown as one error, so a single run shows the
 * analyst everything to fix.
 */
export async function readYearFolder(dir: string, config: AssessConfig): Promise<YearInputs> {
  const problems: AssessError[] = [];
  const warnings: InputWarning[] = [];
  const ignoredFiles: { file: string; reason: string }[] = [];
  const files: InputFile[] = [];
  for (const name of await listCsvFiles(dir)) {
    const shown = path.join(dir, name);
    const text = await readText(shown);
    const head = readCsvTable(text, shown, true);
    if (!head.ok) {
      problems.push(head.problem);
      continue;
    }
    const kind = classifyFile(name, head.table.keys);
    if (kind === undefined) ignoredFiles.push({ file: name, reason: ignoredReason(head.table.header) });
    else files.push({ name, shown, text, kind });
  }
  const sources = new Map<string, SourceSummary>();

  const wards: WardInfo[] = [];
  const wardLines = new Map<string, string>();
  for (const file of files.filter((f) => f.kind === 'wards')) {
    const result = parseWards(file.text, file.shown);
    problems.push(...result.problems);
    for (const ward of result.wards) {
      const earlier = wardLines.get(ward.wardCode);
      if (earlier !== undefined) {
        problems.push(new AssessError(`Ward ${ward.wardCode} is listed in two files`, ExitCode.badInput, { location: { file: file.shown }, found: `${ward.wardCode} in ${earlier} and ${file.name}`, fix: 'Keep one list of wards.' }));
        continue;
      }
      wardLines.set(ward.wardCode, file.name);
      wards.push(ward);
    }
    warnings.push(...checkWardDistricts(config, result.wards, file.shown));
    sources.set(file.name, summariseLookup(file.name, 'wards', result.rows));
  }

  const population: AreaPopulation[] = [];
  const denominators = new Set<string>();
  const populationFiles = files.filter((f) => f.kind === 'population');
  for (const file of populationFiles) {
    const result = parsePopulation(file.text, file.shown);
    problems.push(...result.problems);
    for (const area of result.population) {
      if (population.some((known) => known.areaCode === area.areaCode)) {
        problems.push(new AssessError(`Area ${area.areaCode} has population rows in two files`, ExitCode.badInput, { location: { file: file.shown }, found: area.areaCode, fix: 'Keep one population row per area.' }));
      } else population.push(area);
    }
    result.denominators.forEach((column) => denominators.add(column));
    sources.set(file.name, summariseLookup(file.name, 'population', result.rows));
  }
  const populationShown = populationFiles[0]?.shown ?? path.join(dir, 'population.csv');
  if (populationFiles.length === 0) {
    problems.push(new AssessError(`No population file in ${dir}`, ExitCode.badInput, {
      location: { file: populationShown },
      expected: 'population.csv with columns area_code,area_name,population (and dwellings, population_10_17... for other rates)',
      fix: 'Add population.csv with one row per district of the county (ONS mid-year estimates).',
    }));
  } else {
    const coverage = checkPopulationCoverage(config, population, populationShown);
    problems.push(...coverage.problems);
    warnings.push(...coverage.warnings);
  }

  const measures = new Map(config.measures.map((measure) => [measure.id, measure]));
  const knownAreas = new Set([...config.county.areas, ...(config.comparators?.areas ?? []), ...wards.map((ward) => ward.wardCode)]);
  const observations: Observation[] = [];
  const tidyFiles = files.filter((f) => f.kind === 'tidy');
  for (const file of tidyFiles) {
    const result = parseTidy(file.text, file.shown, { measures, knownAreas });
    problems.push(...result.problems);
    warnings.push(...result.warnings);
    observations.push(...result.observations);
    sources.set(file.name, summariseTidy(file.name, result.observations, config.measures));
  }
  if (tidyFiles.length === 0) {
    problems.push(new AssessError(`No data files in ${dir}`, ExitCode.badInput, {
      location: { file: dir },
      found: ignoredFiles.length === 0 ? 'only population and ward lists' : ignoredFiles.map((f) => `${f.file}: ${f.reason}`).join('; '),
      expected: 'at least one CSV with the columns measure,area_code,period,value',
      fix: 'Save the partner extracts in the tidy form (see README), with those four column names in the first line.',
    }));
  }

  const shownPath = (name: string): string => path.join(dir, name);
  const totals = buildAnnualTotals(observations, config.yearEndMonth, shownPath);
  problems.push(...totals.problems);
  warnings.push(...totals.warnings);
  if (populationFiles.length > 0) {
    const wardCodes = new Set(wards.map((ward) => ward.wardCode));
    const districtRows = observations.filter((observation) => !wardCodes.has(observation.areaCode));
    problems.push(...checkDenominators(districtRows, config.measures, denominators, populationShown, config.sourceFile));
  }

  if (problems.length > 0) throw collectProblems(`The data in ${dir} has problems`, problems);
  return {
    observations,
    population,
    wards,
    sources: files.map((file) => sources.get(file.name)!),
    ignoredFiles,
    warnings,
    annual: totals.table,
  };
}
