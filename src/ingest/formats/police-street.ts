import { readCsvTable } from '../csv-table.js';
import { cannotRead } from '../list-inputs.js';
import { ProblemLog, headerProblem, indexColumns, type ColumnIndex } from '../problems.js';
import { countStreetFiles, readThreads, type StreetCount, type StreetFile } from '../street/count-street-files.js';
import { scanChunks } from '../street/scan-file.js';
import { scanProblemError } from '../street/scan-problems.js';
import type { StreetColumns } from '../street/scan-bytes.js';
import { cellsOfRows } from '../street/street-cells.js';
import { emptyOutput, hasAll, type FormatContext, type FormatOutput, type FormatReader, type StreamedFile } from './format.js';
import { placeCells } from './street-placement.js';

const expectedHeader = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const required = ['month', 'crime type'] as const;

/**
 * The columns to count by, or the output that explains why the file cannot be counted: a
 * header without them, a file from before LSOA codes, or no lookup to place LSOAs with.
 */
function columnsOf(keys: readonly string[], header: readonly string[], headerLine: number, file: string, context: FormatContext): StreetColumns | FormatOutput {
  const log = new ProblemLog(file);
  const columns: ColumnIndex = indexColumns(keys, [...required, 'lsoa code']);
  if (headerProblem(log, headerLine, header, indexColumns(keys, required), required, 'a data.police.uk street-level file')) return emptyOutput({ problems: log.list() });
  if (!columns.indexes.has('lsoa code')) {
    log.add('This data.police.uk file has no LSOA code column, so its rows cannot be placed in districts', headerLine, undefined, {
      found: header.join(','), expected: expectedHeader,
      fix: 'Download the months again from data.police.uk: current files carry the LSOA code (files from 2012 gave only Easting and Northing).',
    });
    return emptyOutput({ problems: log.list() });
  }
  if (context.lookups.lsoa.size === 0) {
    log.add('There is no LSOA lookup, so street-level crime cannot be placed in districts and wards', undefined, undefined, {
      expected: 'an ONS LSOA to ward to local authority lookup CSV (LSOA21CD,...,WD23CD,WD23NM,LAD23CD,LAD23NM) in the data folder',
      fix: 'Download the ONS "LSOA to Electoral Ward to LAD" best-fit lookup as CSV and save it in the data folder.',
    });
    return emptyOutput({ problems: log.list() });
  }
  return { month: columns.indexes.get('month')!, lsoa: columns.indexes.get('lsoa code')!, type: columns.indexes.get('crime type')!, width: header.length };
}

const isOutput = (value: StreetColumns | FormatOutput): value is FormatOutput => 'observations' in value;

/** The general reader: the whole text parsed by csv-parse. Used for UTF-16 files and old Mac line ends. */
function readText(text: string, file: string, context: FormatContext): FormatOutput {
  const parsed = readCsvTable(text, file);
  if (!parsed.ok) return emptyOutput({ problems: [parsed.problem] });
  const { table } = parsed;
  const columns = columnsOf(table.keys, table.header, table.headerLine, file, context);
  if (isOutput(columns)) return { ...columns, rows: table.rows.length };
  return placeCells([{ cells: cellsOfRows(table.rows, columns), lineOffset: 0 }], table.rows.length, file, columns.month + 1, context);
}

/** A file that cannot be read (a damaged zip entry, a permission refused) is reported as that file's problem. */
function unreadable(file: StreamedFile, error: unknown): FormatOutput {
  return emptyOutput({ problems: [cannotRead(file.shown, error)] });
}

/**
 * Reads data.police.uk street-level files: one row per crime or ASB incident, counted by crime
 * type and month, and placed in a district and ward through the LSOA lookup. Files are counted
 * from their bytes on every core (see src/ingest/street/), which is what makes a national year
 * quick; the counts are exactly those of the general CSV reader.
 */
export const policeStreetFormat: FormatReader = {
  id: 'police-street',
  title: 'data.police.uk street-level crime',
  role: 'data',
  expectedHeader,
  matches: (keys, fileName) => /-street\.csv$/i.test(fileName) || hasAll(keys, ['month', 'crime type', 'falls within']),
  read: readText,
  async readStreamed(files, context, env, onFilesDone) {
    const outputs: FormatOutput[] = [];
    const onDisk: { index: number; file: StreetFile }[] = [];
    for (const [index, file] of files.entries()) {
      const columns = columnsOf(file.header.keys, file.header.cells, file.header.line, file.shown, context);
      try {
        if (isOutput(columns)) outputs[index] = columns;
        else if (file.utf16) outputs[index] = readText(await file.text(), file.shown, context);
        else if (file.path !== undefined) onDisk.push({ index, file: { path: file.path, size: file.size, columns } });
        else {
          const { cells, rows, problem } = await scanChunks(file.open(), columns);
          outputs[index] = await finish(file, { parts: [{ cells, lineOffset: 0 }], rows, ...(problem === undefined ? {} : { problem }) }, columns, context);
        }
      } catch (error) {
        outputs[index] = unreadable(file, error);
      }
    }
    try {
      const total = onDisk.reduce((sum, { file }) => sum + file.size, 0);
      // Progress comes by pieces of files; reported as whole files, as the analyst counts them.
      const onDone = (done: number, pieces: number): void => onFilesDone?.(files.length - onDisk.length + Math.floor((done / pieces) * onDisk.length));
      const counts = await countStreetFiles(onDisk.map(({ file }) => file), { threads: readThreads(env, total), onDone });
      for (const [k, { index, file }] of onDisk.entries()) outputs[index] = await finish(files[index]!, counts[k]!, file.columns, context);
    } catch (error) {
      // Which file failed is not known: every file on disk is reported with the reason.
      for (const { index } of onDisk) outputs[index] ??= unreadable(files[index]!, error);
    }
    return outputs;
  },
};

async function finish(file: StreamedFile, count: StreetCount, columns: StreetColumns, context: FormatContext): Promise<FormatOutput> {
  if (count.problem?.kind === 'lone-cr') return readText(await file.text(), file.shown, context);
  if (count.problem !== undefined) return emptyOutput({ problems: [scanProblemError(count.problem, file.shown)], rows: count.rows });
  return placeCells(count.parts, count.rows, file.shown, columns.month + 1, context);
}
