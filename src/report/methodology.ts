import type { AssessConfig, YearInputs } from '../model.js';
import { formatCount } from '../narrative/format.js';
import type { ReportView, SourceView } from './view-types.js';

export interface MethodologyInput {
  config: AssessConfig;
  inputs: YearInputs;
  periodLabels: [string, string, string];
  dataFolder: string;
}

/**
 * File names up to this long are kept on one line. A longer one may break anywhere: a table column
 * is as wide as its longest unbreakable word, and a page wider than the paper makes Chromium shrink
 * every page of the document to fit it.
 */
const LONGEST_UNBROKEN_FILE_NAME = 40;

function sourceView(source: YearInputs['sources'][number], labels: Map<string, string>): SourceView {
  const measures = source.kind === 'tidy'
    ? source.measures.map((id) => labels.get(id) ?? id).join('; ')
    : source.kind === 'population' ? 'Denominators: population, dwellings, households' : source.format ?? 'Lookup';
  const periods = source.firstPeriod && source.lastPeriod ? (source.firstPeriod === source.lastPeriod ? source.firstPeriod : `${source.firstPeriod} to ${source.lastPeriod}`) : '-';
  return {
    file: source.file,
    longFile: [...source.file].length > LONGEST_UNBROKEN_FILE_NAME,
    agency: source.agencies.join(', ') || '-',
    measures,
    periods,
    rows: formatCount(source.rows),
  };
}

/**
 * A file as named inside the data folder: the document must not depend on where the folder is
 * on the analyst's disk (the same inputs give the same HTML wherever they are built).
 */
function inFolder(file: string, dataFolder: string): string {
  const prefix = dataFolder.endsWith('/') ? dataFolder : `${dataFolder}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}

/** Files inside one archive or folder (a month per file) are one source in the document. */
function groupByArchive(sources: YearInputs['sources']): YearInputs['sources'] {
  const groups = new Map<string, YearInputs['sources'][number]>();
  for (const source of sources) {
    const top = source.file.includes('/') ? source.file.split('/')[0]! : source.file;
    const known = groups.get(top);
    if (!known) {
      groups.set(top, { ...source, file: top });
      continue;
    }
    const periods = [known.firstPeriod, known.lastPeriod, source.firstPeriod, source.lastPeriod].filter((p): p is string => p !== undefined).sort();
    groups.set(top, {
      ...known,
      agencies: [...new Set([...known.agencies, ...source.agencies])],
      measures: [...new Set([...known.measures, ...source.measures])],
      rows: known.rows + source.rows,
      ...(periods.length > 0 ? { firstPeriod: periods[0], lastPeriod: periods.at(-1) } : {}),
    });
  }
  return [...groups.values()];
}

/** Methodology and information sources, generated from what was actually read. */
export function methodology(input: MethodologyInput): ReportView['methodology'] {
  const { config, inputs, periodLabels } = input;
  const labels = new Map(config.measures.map((m) => [m.id, m.label]));
  const county = config.county.name;
  const notes = [
    `Each assessment year is the 12 months ending in the configured month. This assessment covers ${periodLabels[2]}, compared with ${periodLabels[1]} and ${periodLabels[0]}.`,
    'Monthly figures are summed into assessment years. A year with any month missing is shown as n/a rather than as a partial total, and a partner\'s blank, "-", "N/A" or "*" is treated as no value, never as zero.',
    `Rates are per 1,000 residents (per 1,000 dwellings for burglary, per 1,000 residents aged 10-17 for youth measures). The ${county} rate is the total count of its ${config.county.areas.length} districts divided by their total population, not an average of district rates.`,
    'Percentage changes are calculated from unrounded figures and are not shown (n/a) where the previous value is zero or missing. Proportions such as the percentage of repeat victims change in percentage points (pp).',
    `County position ranks the ${config.county.areas.length} districts of ${county} on the rate per 1,000 (or on the value where a measure has no rate), 1 being best by the measure's direction. Tied areas share a position and the next is skipped (1, 2, 2, 4).`,
    'Figures are rounded to one decimal place for display only. Every figure is published beside this document in figures.csv and figures.json, unrounded except counts under small-number suppression (health data by default: 1 to 7 withheld, others rounded to the nearest 5), which are written as shown here.',
  ];
  if (config.comparators) notes.push(`The ${config.comparators.name} is a group of ${config.comparators.areas.length} comparable areas; positions within it are ranked in the same way.`);
  return {
    periodText: `${periodLabels[2]} (assessment year), with the two previous 12-month periods.`,
    sources: groupByArchive(inputs.sources).map((s) => sourceView(s, labels)),
    ignoredFiles: inputs.ignoredFiles,
    warnings: inputs.warnings.map((w) => (w.file ? `${inFolder(w.file, input.dataFolder)}${w.line ? `:${w.line}` : ''}: ${w.message}` : w.message)),
    notes,
  };
}
