import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';

/**
 * The mutation suite's workbench: a fresh copy of the sample year and configuration per case
 * (the sample data may be regenerated while tests run), an output folder holding a previous
 * build's files, and the real `assess` command run as a separate process.
 */
export const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/assess.js');

/** Every run is killed after this; a case that needs it has hung. */
export const RUN_TIMEOUT_MS = 60_000;
/** Per test: two runs at most, each bounded by RUN_TIMEOUT_MS. */
export const CASE_TIMEOUT_MS = 2 * RUN_TIMEOUT_MS + 10_000;

export interface Workspace {
  root: string;
  /** <root>/data/2024: a copy of data/2024. */
  data: string;
  /** <root>/assess.config.yaml: a copy of the sample configuration. */
  config: string;
  /** <root>/out: the previous build's outputs. */
  out: string;
}

/** A previous build's outputs, with known bytes: a failed build must leave them exactly so. */
export const PREVIOUS_OUTPUTS: Readonly<Record<string, Buffer>> = {
  'figures.csv': Buffer.from('measure,area_code,period,value\nall_crime,E07999006,2023,12345\nasb,E07999006,2023,-1\n'),
  'figures.json': Buffer.from('{"meta":{"generator":"a previous build"},"rows":[]}\n'),
  'strategic-assessment-2024.html': Buffer.from('<!doctype html><title>Previous build</title>\n'),
  'strategic-assessment-2024.pdf': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff, 0x25, 0x25, 0x45, 0x4f, 0x46]),
};

const created: string[] = [];

/** Removes every workspace made so far; each test file calls it in afterAll. */
export async function removeWorkspaces(): Promise<void> {
  await Promise.all(created.splice(0).map((root) => rm(root, { recursive: true, force: true })));
}

export async function workspace(): Promise<Workspace> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'assess-robust-'));
  created.push(root);
  const ws = { root, data: path.join(root, 'data', '2024'), config: path.join(root, 'assess.config.yaml'), out: path.join(root, 'out') };
  await cp(path.join(ROOT, 'data/2024'), ws.data, { recursive: true });
  await cp(path.join(ROOT, 'assess.config.yaml'), ws.config);
  await mkdir(ws.out);
  for (const [name, bytes] of Object.entries(PREVIOUS_OUTPUTS)) await writeFile(path.join(ws.out, name), bytes);
  return ws;
}

export interface Run {
  status: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  ms: number;
}

export function runAssess(ws: Workspace, command: 'build' | 'validate'): Run {
  const args = [BIN, command, '2024', '--data', ws.data, '--config', ws.config];
  if (command === 'build') args.push('--out', ws.out, '--date', '2024-11-20');
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: ws.root, encoding: 'utf8', timeout: RUN_TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024 });
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { status: result.status, timedOut, stdout: result.stdout ?? '', stderr: result.stderr ?? '', ms: Date.now() - started };
}

export interface Refusal {
  /** The file the message must name (absolute path, as the CLI prints it). */
  file: string;
  line?: number;
  column?: number;
  /** What the message on the located line must say. */
  message: RegExp;
}

function clip(text: string): string {
  return text.length > 3000 ? `${text.slice(0, 3000)}...` : text;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The problem block that starts "<file>[:line[:column]]: ": its first line and its indented
 * details. A line or column the case does not pin down may be present or not.
 */
function problemBlock(output: string, refusal: Refusal): string[] | undefined {
  const where = escape(refusal.file) + (refusal.line === undefined ? '(:\\d+)?' : `:${refusal.line}`) + (refusal.column === undefined ? '(:\\d+)?' : `:${refusal.column}`);
  const start = new RegExp(`^(error: )?\\s*${where}: `);
  const lines = output.split('\n');
  const at = lines.findIndex((line) => start.test(line));
  if (at < 0) return undefined;
  const indent = (line: string): number => line.length - line.trimStart().length;
  const block = [lines[at]!];
  for (const line of lines.slice(at + 1)) {
    if (line.trim() === '' || indent(line) <= indent(lines[at]!)) break;
    block.push(line);
  }
  return block;
}

/**
 * The whole contract for bad input, for `validate` and `build`: exit code 2, no hang, no stack
 * trace, a message naming the file (line and column where given) with what is wrong and how to
 * fix it, and the previous outputs exactly as they were with nothing added anywhere.
 */
export async function expectRefused(ws: Workspace, refusal: Refusal): Promise<void> {
  const dataBefore = await listTree(ws.data);
  const where = [refusal.file, refusal.line, refusal.column].filter((part) => part !== undefined).join(':');
  for (const command of ['validate', 'build'] as const) {
    const run = runAssess(ws, command);
    const output = `${run.stdout}\n${run.stderr}`;
    const context = `assess ${command} printed:\n${clip(output)}`;
    expect(run.timedOut, `assess ${command} did not finish within ${RUN_TIMEOUT_MS} ms`).toBe(false);
    expect(run.status, context).toBe(2);
    expect(output, context).not.toMatch(/^\s+at /m);
    expect(output, context).not.toMatch(/internal error/i);
    const block = problemBlock(output, refusal);
    expect(block, `no problem located at ${where}; ${context}`).toBeDefined();
    expect(block![0], context).toMatch(refusal.message);
    expect(block!.some((line) => line.trim().startsWith('fix:')), `no fix for ${where}; ${context}`).toBe(true);
    if (command === 'build') expect(run.stdout).toBe('');
  }
  await expectPreviousOutputs(ws);
  expect(await listTree(ws.data), 'assess wrote into the data folder').toEqual(dataBefore);
}

/** The previous build's files, byte for byte, and nothing else beside them or beside the folder. */
export async function expectPreviousOutputs(ws: Workspace): Promise<void> {
  expect((await readdir(ws.out)).sort()).toEqual(Object.keys(PREVIOUS_OUTPUTS).sort());
  for (const [name, bytes] of Object.entries(PREVIOUS_OUTPUTS)) {
    expect(Buffer.compare(await readFile(path.join(ws.out, name)), bytes), `${name} was changed`).toBe(0);
  }
  expect((await readdir(ws.root)).sort(), 'a staging folder or stray file was left').toEqual(['assess.config.yaml', 'data', 'out']);
}

async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.map(String).sort();
}

/** Tidy files (measure, area_code, period, value) of the copied year, largest first. */
export async function tidyFiles(ws: Workspace): Promise<string[]> {
  const found: { file: string; size: number }[] = [];
  for (const name of await readdir(ws.data)) {
    if (!name.endsWith('.csv')) continue;
    const text = await readFile(path.join(ws.data, name), 'utf8');
    const header = text.slice(0, text.indexOf('\n')).split(',');
    if (['measure', 'area_code', 'period', 'value'].every((key) => header.includes(key))) found.push({ file: path.join(ws.data, name), size: text.length });
  }
  expect(found.length, 'the sample year has no tidy data file to mutate').toBeGreaterThan(1);
  return found.sort((a, b) => b.size - a.size || (a.file < b.file ? -1 : 1)).map((f) => f.file);
}

/** A CSV file as header and rows of cells (the sample files are plain, but parse properly anyway). */
export async function readCsv(file: string): Promise<string[][]> {
  return parse(await readFile(file, 'utf8'), { relax_column_count: true }) as string[][];
}

export function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
}

export async function writeCsv(file: string, rows: readonly (readonly string[])[], encoding: BufferEncoding = 'utf8'): Promise<void> {
  await writeFile(file, Buffer.from(rows.map(csvLine).join('\n') + '\n', encoding));
}

/** Mulberry32: a small seeded generator, so "random" damage is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
