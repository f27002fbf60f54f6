import path from 'node:path';
import type { FileMapping } from '../../config/mapping-types.js';
import type { InputWarning, Observation } from '../../model.js';
import type { CsvRow } from '../csv-table.js';
import { parseValue } from '../parse-value.js';
import type { ProblemLog } from '../problems.js';
import { emptyOutput, type FormatContext, type FormatOutput } from './format.js';
import type { Layout } from './wide-header.js';
import { describeWhere, Ignored, lineList, plural, shortList } from './wide-messages.js';
import { hasContent, RowClassifier, tableEnd, type RowOutcome } from './wide-rows.js';

/**
 * The table under the header, read into observations: each row classified (wide-rows.ts), its
 * value cells parsed, and the rows left out summed up in a few warnings rather than one per row.
 */

type Place = Extract<RowOutcome, { kind: 'area' }>;

/** The row's values as observations; a value that is not a number, or is negative, is a problem. Returns whether any was read. */
function readRowValues(row: CsvRow, place: Place, layout: Layout, baseName: string, observations: Observation[], log: ProblemLog): boolean {
  let read = false;
  for (const column of layout.values) {
    const measure = column.measure ?? place.measure;
    if (measure === undefined) continue;
    const raw = row.cells[column.index] ?? '';
    const value = parseValue(raw);
    const at = `column ${column.index + 1} ("${column.header}")`;
    if (!value.ok) {
      log.add(`Value "${raw.trim()}" in ${at} is not a number`, row.line, column.index + 1, {
        found: `"${raw}"`,
        expected: value.expected,
        fix: 'Correct the value in the spreadsheet; leave it blank or write N/A if it is not known.',
      });
      continue;
    }
    if (value.value !== null && value.value < 0) {
      log.add(`Value ${raw.trim()} in ${at} is negative`, row.line, column.index + 1, {
        found: `"${raw.trim()}"`,
        expected: 'a count or rate of zero or more',
        fix: 'Check that the mapping does not read a "difference" column; otherwise correct the value.',
      });
      continue;
    }
    read = true;
    observations.push({ measure, areaCode: place.areaCode, ...(place.areaLabel === '' || place.areaLabel === place.areaCode ? {} : { areaName: place.areaLabel }), period: column.period, value: value.value, file: baseName, line: row.line });
  }
  return read;
}

function addLine(lines: Map<string, number[]>, label: string, line: number): void {
  lines.set(label, [...(lines.get(label) ?? []), line]);
}

/** Reads the rows under the header (the table, then the notes below it) into observations and warnings. */
export function readBody(body: CsvRow[], layout: Layout, mapping: FileMapping, context: FormatContext, file: string, log: ProblemLog): FormatOutput {
  const ignored = new Ignored();
  const observations: Observation[] = [];
  const baseName = path.basename(file);
  const end = tableEnd(body, layout);
  for (const row of body.slice(end)) ignored.add('notes below the table', row.line);

  const classifier = new RowClassifier(mapping, layout, context);
  const unknownAreas = new Map<string, number[]>();
  const outside = new Map<string, number[]>();
  let rowsRead = 0;
  for (const row of body.slice(0, end)) {
    const outcome = classifier.classify(row);
    // A row with no values is a heading when it names nothing we read (its label may still be
    // filled down); when it names an area (and category) it gives that area "no value".
    if (outcome.kind !== 'area') {
      if (!hasContent(row, layout)) continue;
      if (outcome.kind === 'left out') ignored.add(outcome.reason, row.line);
      else addLine(outcome.kind === 'unknown area' ? unknownAreas : outside, outcome.label, row.line);
      continue;
    }
    if (readRowValues(row, outcome, layout, baseName, observations, log)) rowsRead++;
  }

  const warnings: InputWarning[] = [];
  const ignoredWarning = ignored.warning(file);
  if (ignoredWarning !== undefined) warnings.push(ignoredWarning);
  if (unknownAreas.size > 0) {
    const lines = [...unknownAreas.values()].flat();
    const names = [...unknownAreas].map(([name, at]) => `"${name}" (line${at.length === 1 ? '' : 's'} ${lineList(at)})`);
    if (names.length > 10) names.splice(10, names.length - 10, `${names.length - 10} more`);
    warnings.push({
      message: `Skipped ${plural(lines.length, 'row')} for ${plural(unknownAreas.size, 'area name')} that ${describeWhere(mapping, context.config)} does not know: ${names.join(', ')}. Add them under "area_names" (name: area code, or county / skip)`,
      file,
      line: Math.min(...lines),
    });
  }
  if (outside.size > 0) {
    const lines = [...outside.values()].flat();
    warnings.push({
      message: `Skipped ${plural(lines.length, 'row')} for ${plural(outside.size, 'area')} that are not districts of the county, comparators or wards: ${shortList([...outside.keys()])}`,
      file,
      line: Math.min(...lines),
    });
  }
  return emptyOutput({ observations, problems: log.list(), warnings, rows: rowsRead });
}
