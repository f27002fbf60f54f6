import path from 'node:path';
import { AssessError, ExitCode, collectProblems } from '../errors.js';
import type { AssessConfig, InputWarning, Observation, SourceSummary, YearInputs } from '../model.js';
import { publishedStatistics } from './published.js';
import { buildAnnualTotals } from './annual-totals.js';
import { checkBlankDenominators, checkDenominators, checkPopulationCoverage, checkWardDistricts, checkWholeCounts, denominatorsUsed } from './checks.js';
import { readCsvTable } from './csv-table.js';
import type { FormatContext, FormatRole } from './formats/format.js';
import { ignoredReason, readerFor } from './formats/registry.js';
import { mappedFormats } from './formats/wide-table.js';
import { settleInParallel } from './in-parallel.js';
import { KeptEntries, readInputHead } from './input-head.js';
import { keepProblem, readFiles, readProgress, type ReadOptions, type RecognisedFile } from './read-files.js';
import { listDataFolder } from './list-inputs.js';
import { addForces, streetForce } from './street-forces.js';
import { MergedInputs } from './merge-inputs.js';
import { summariseLookup, summariseTidy } from './sources.js';


const ROLE_ORDER: FormatRole[] = ['lookup', 'population', 'data'];

function summary(file: RecognisedFile, observations: Observation[], rows: number, config: AssessConfig): SourceSummary {
  // Rows read from the file, not values produced: a street file of 20,000 crimes gives a few hundred counts.
  if (file.reader.role === 'data') return { ...summariseTidy(file.name, observations, config.measures), rows, format: file.reader.title };
  const kind = file.reader.role === 'population' ? 'population' : file.reader.id === 'wards' ? 'wards' : 'lookup';
  return { ...summariseLookup(file.name, kind, rows), format: file.reader.title };
}

/** Rates need a population for every district: the file must exist and cover the county. */
function checkPopulation(dir: string, config: AssessConfig, files: RecognisedFile[], merged: MergedInputs, warnings: InputWarning[]): AssessError[] {
  const populationFile = files.find((f) => f.reader.role === 'population');
  if (populationFile === undefined) {
    return [new AssessError(`No population file in ${dir}`, ExitCode.badInput, {
      location: { file: path.join(dir, 'population.csv') },
      expected: 'population.csv with columns area_code,area_name,population (and dwellings, population_10_17... for other rates)',
      fix: 'Add population.csv with one row per district of the county (ONS mid-year estimates).',
    })];
  }
  const coverage = checkPopulationCoverage(config, merged.population, populationFile.shown);
  warnings.push(...coverage.warnings);
  return coverage.problems;
}

/**
 * Reads one year's data folder (throwing every problem at once): lookups first, then denominators,
 * then every data file, each by
 * the format its header shows. Every problem in every file is gathered and thrown as one error,
 * so a single run shows the analyst everything to fix.
 */
export async function readYearFolder(dir: string, config: AssessConfig, options: ReadOptions = {}): Promise<YearInputs> {
  const { inputs, problems } = await inspectYearFolder(dir, config, options);
  if (problems.length > 0) throw collectProblems(`The data in ${dir} has problems`, problems);
  return inputs;
}

/**
 * Reads the folder like readYearFolder but returns the problems instead of throwing, so
 * `assess validate` can list errors and warnings together. The inputs are only trustworthy
 * when there are no problems.
 */
export async function inspectYearFolder(dir: string, config: AssessConfig, options: ReadOptions = {}): Promise<{ inputs: YearInputs; problems: AssessError[] }> {
  const problems: AssessError[] = [];
  const warnings: InputWarning[] = [];
  const progress = readProgress(options);
  const ignoredFiles: { file: string; reason: string }[] = [];
  const files: RecognisedFile[] = [];
  const mapped = mappedFormats(config);
  // The priority scoring sheet is read by the build on its own (read-priority-scores.ts): it is not data.
  const listed = await listDataFolder(dir);
  problems.push(...listed.unreadable.map((archive) => archive.problem));
  const names = listed.csv.filter((name) => name.toLowerCase() !== config.priorities?.scoring?.file.toLowerCase());
  // A partner's workbook kept beside its CSV export is not news; one without a CSV of its name is.
  const stems = new Set(listed.csv.map((name) => name.replace(/\.csv$/i, '').toLowerCase()));
  for (const file of listed.workbooks.filter((name) => !stems.has(name.replace(/\.[^.]+$/, '').toLowerCase()))) {
    ignoredFiles.push({ file, reason: 'a spreadsheet workbook, which is not read: save its sheet as CSV (UTF-8) in the data folder to have it read' });
  }
  const kept = new KeptEntries();
  // Opened side by side, and gone through in the folder's order.
  for (const opened of await settleInParallel(names, (name) => readInputHead(dir, name, kept))) {
    // One unreadable file must not hide the problems of the others: it is reported and the rest read.
    const input = opened.ok ? opened.value : keepProblem(problems)(opened.error);
    if (input === undefined) continue;
    const head = readCsvTable(input.head, input.shown, true);
    if (!head.ok) {
      problems.push(head.problem);
      continue;
    }
    // Mapped files match on their path in the folder; published formats on the bare file name.
    const reader = readerFor(head.table.keys, input.name, mapped) ?? readerFor(head.table.keys, path.basename(input.name));
    const header = { cells: head.table.header, keys: head.table.keys, line: head.table.headerLine };
    if (reader === undefined) ignoredFiles.push({ file: input.name, reason: ignoredReason(head.table.header) });
    else files.push({ ...input, reader, header });
  }
  progress.start(files.length);

  const merged = new MergedInputs();
  const measures = new Map(config.measures.map((measure) => [measure.id, measure]));
  let observations: Observation[] = [];
  const sources = new Map<string, SourceSummary>();
  for (const role of ROLE_ORDER) {
    // Known areas include the wards the lookups have supplied by now.
    const context: FormatContext = { config, measures, lookups: merged.lookups, knownAreas: new Set([...config.county.areas, ...(config.comparators?.areas ?? []), ...merged.wards.map((ward) => ward.wardCode)]) };
    const ofRole = files.filter((f) => f.reader.role === role);
    for (const [file, output] of await readFiles(ofRole, context, progress, problems)) {
      // Readers know the file by its base name; in subfolders and zips only the relative path is unique.
      for (const observation of output.observations) observation.file = file.name;
      problems.push(...output.problems);
      warnings.push(...output.warnings);
      observations.push(...output.observations);
      merged.add(output, file.name, file.shown, problems);
      if (output.wards.length > 0) warnings.push(...checkWardDistricts(config, output.wards, file.shown));
      sources.set(file.name, summary(file, output.observations, output.rows, config));
    }
    if (role === 'population') problems.push(...checkPopulation(dir, config, files, merged, warnings));
  }

  if (!files.some((f) => f.reader.role === 'data')) {
    problems.push(new AssessError(`No data files in ${dir}`, ExitCode.badInput, {
      location: { file: dir },
      found: ignoredFiles.length === 0 ? 'only population and ward lists' : ignoredFiles.map((f) => `${f.file}: ${f.reason}`).join('; '),
      expected: 'at least one CSV with the columns measure,area_code,period,value',
      fix: 'Save the partner extracts in the tidy form (see README), with those four column names in the first line.',
    }));
  }

  const forces = new Map(files.filter((f) => f.reader.id === 'police-street').map((f) => [f.name, streetForce(f.name)]));
  const added = addForces(observations, (name) => forces.get(name), (name) => path.join(dir, name));
  observations = added.observations;
  problems.push(...added.problems);
  warnings.push(...checkWholeCounts(observations, measures, (name) => path.join(dir, name)));
  const totals = buildAnnualTotals(observations, config.yearEndMonth, (name) => path.join(dir, name));
  problems.push(...totals.problems);
  warnings.push(...totals.warnings);
  const populationFile = files.find((f) => f.reader.role === 'population');
  if (populationFile !== undefined) {
    const wardCodes = new Set(merged.wards.map((ward) => ward.wardCode));
    const districtRows = observations.filter((observation) => !wardCodes.has(observation.areaCode));
    problems.push(...checkDenominators(districtRows, config.measures, merged.denominators, populationFile.shown, config.sourceFile));
    // A column the file lacks altogether is checkDenominators' to report.
    const used = [...denominatorsUsed(districtRows, config.measures)].filter((column) => merged.denominators.has(column));
    const blanks = checkBlankDenominators(config, merged.population, new Set(used), populationFile.shown);
    problems.push(...blanks.problems);
    warnings.push(...blanks.warnings);
  }

  const inputs: YearInputs = {
    observations,
    population: merged.population,
    wards: merged.wards,
    sources: files.flatMap((file) => sources.get(file.name) ?? []),
    ignoredFiles,
    warnings,
    annual: totals.table,
    published: publishedStatistics(observations),
  };
  return { inputs, problems };
}
