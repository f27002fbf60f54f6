import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula } from '../../src/figures/export-figures.js';
import { decodeWindows1252 } from '../../src/ingest/decode.js';
import { CASE_TIMEOUT_MS, PREVIOUS_OUTPUTS, readCsv, removeWorkspaces, runAssess, tidyFiles, workspace, writeCsv, type Workspace } from './harness.js';

afterAll(removeWorkspaces);

interface Outputs {
  csv: string;
  json: string;
  html: string;
}

/** validate and build both succeed, every previous output is replaced, and nothing else is left. */
async function expectBuilt(ws: Workspace): Promise<Outputs> {
  for (const command of ['validate', 'build'] as const) {
    const run = runAssess(ws, command);
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.timedOut).toBe(false);
    expect(run.status, `assess ${command} printed:\n${output.slice(0, 3000)}`).toBe(0);
    expect(output).not.toMatch(/^\s+at |internal error/im);
  }
  // A build replaces the folder whole and adds its manifest (README, "Unattended builds").
  expect((await readdir(ws.out)).sort()).toEqual([...Object.keys(PREVIOUS_OUTPUTS), 'manifest.json'].sort());
  expect((await readdir(ws.root)).sort()).toEqual(['assess.config.yaml', 'data', 'out']);
  const read = (name: string): Promise<string> => readFile(path.join(ws.out, name), 'utf8');
  return { csv: await read('figures.csv'), json: await read('figures.json'), html: await read('strategic-assessment-2024.html') };
}

/** The population file's rows, with the home district's row found by its code. */
async function population(ws: Workspace): Promise<{ file: string; rows: string[][]; home: string[]; nameAt: number }> {
  const file = path.join(ws.data, 'population.csv');
  const rows = await readCsv(file);
  const home = rows.find((row) => row.includes('E07999006'));
  const nameAt = rows[0]!.indexOf('area_name');
  expect(home && nameAt >= 0, 'population.csv has no area_name for Medbury (E07999006)').toBeTruthy();
  return { file, rows, home: home!, nameAt };
}

let baseline: Outputs;
let homeName: string;
let baselineRoot: string;

beforeAll(async () => {
  const ws = await workspace();
  baseline = await expectBuilt(ws);
  baselineRoot = ws.root;
  const { home, nameAt } = await population(ws);
  homeName = home[nameAt]!;
}, CASE_TIMEOUT_MS);

describe('variations of good input are read as the same data', { timeout: CASE_TIMEOUT_MS }, () => {
  it('columns in another order, names kept: the same figures', async () => {
    const ws = await workspace();
    const files = [...(await tidyFiles(ws)), path.join(ws.data, 'population.csv'), path.join(ws.data, 'wards.csv')];
    for (const file of files) {
      const rows = await readCsv(file);
      await writeCsv(file, rows.map((row) => [...row].reverse()));
    }
    const built = await expectBuilt(ws);
    expect(built.csv).toBe(baseline.csv);
    expect(built.json).toBe(baseline.json);
    // The document names the data folder, which differs between the two copies.
    expect(built.html.replaceAll(ws.root, '<root>')).toBe(baseline.html.replaceAll(baselineRoot, '<root>'));
  });

  it('Windows-1252 files with £, é and the code page\'s own characters (–, œ): decoded, not garbled', async () => {
    const ws = await workspace();
    const name = 'Médbury – Saint-Œuvre';
    const { file, rows, home, nameAt } = await population(ws);
    home[nameAt] = name;
    await writeFile(file, encode1252(rows.map((row) => row.join(',')).join('\r\n') + '\r\n'));
    const [tidy] = await tidyFiles(ws);
    const tidyRows = await readCsv(tidy!);
    const extra = tidyRows[0]!.findIndex((column) => !['measure', 'area_code', 'area_name', 'period', 'value'].includes(column));
    expect(extra).toBeGreaterThanOrEqual(0);
    for (const row of tidyRows.slice(1)) row[extra] = 'coût £0 – café';
    await writeFile(tidy!, encode1252(tidyRows.map((row) => row.join(',')).join('\r\n') + '\r\n'));

    const built = await expectBuilt(ws);
    expect(built.csv).toBe(baseline.csv.replaceAll(`,${homeName},`, `,${name},`));
    expect(built.json).toContain(`"name": "${name}"`);
    expect(built.html).toContain(name);
    expect(built.csv + built.json + built.html).not.toMatch(/[\u0080-\u009f\ufffd]|Ã©|â€/);
  });

  it('formula-like area and ward names reach figures.csv as text, never as a formula', async () => {
    const ws = await workspace();
    const formula = '=HYPERLINK("http://x","y")';
    const { file, rows, home, nameAt } = await population(ws);
    home[nameAt] = formula;
    await writeCsv(file, rows);
    const wardsFile = path.join(ws.data, 'wards.csv');
    const wards = await readCsv(wardsFile);
    wards[1]![wards[0]!.indexOf('ward_name')] = '@SUM(1+1)';
    await writeCsv(wardsFile, wards);

    const built = await expectBuilt(ws);
    const table = parse(built.csv) as string[][];
    const [header, ...data] = table;
    const nameColumn = header!.indexOf('area_name');
    expect(data.filter((row) => row[nameColumn] === `'${formula}`).length).toBeGreaterThan(0);
    for (const row of data) {
      row.forEach((cell, i) => {
        // A number (including a negative one) is data; any other cell must not start a formula.
        if (!/^-?\d/.test(cell) || !Number.isFinite(Number(cell))) expect(cell, `${header![i]} would run as a formula`).not.toMatch(/^[=+\-@\t\r]/);
      });
    }
    // Negative numbers are numbers, not text: they are written as they are.
    expect(data.some((row) => row[header!.indexOf('change')]!.startsWith('-'))).toBe(true);
  });
});

describe('figures.csv cells', () => {
  it('neutralise text a spreadsheet would run, and leave numbers alone', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+44 1632 960000')).toBe("'+44 1632 960000");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvCell(-37)).toBe('-37');
    expect(csvCell(-1.5e-7)).toBe('-1.5e-7');
    expect(csvCell('Tonbridge & Malling')).toBe('Tonbridge & Malling');
    expect(neutraliseFormula('Medbury')).toBe('Medbury');
  });
});

/** Text as Windows-1252 bytes (the characters used here are all in the code page). */
function encode1252(text: string): Buffer {
  const high = new Map<string, number>();
  for (let byte = 0x80; byte <= 0x9f; byte++) high.set(decodeWindows1252(Uint8Array.of(byte)), byte);
  return Buffer.from([...text].map((char) => {
    const byte = high.get(char) ?? char.charCodeAt(0);
    if (byte > 0xff) throw new Error(`${char} is not in Windows-1252`);
    return byte;
  }));
}
