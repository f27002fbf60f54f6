import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { loadYearConfig } from '../../src/config/load-year-config.js';
import type { FormatContext } from '../../src/ingest/formats/format.js';
import { readerFor } from '../../src/ingest/formats/registry.js';
import { mappedFormats } from '../../src/ingest/formats/wide-table.js';
import type { AssessConfig } from '../../src/model.js';
import { errorFromAsync, problemsOf } from '../ingest/helpers.js';
import { tempDir } from '../temp-dir.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/partner');

// The fire example's configuration, with its mapping cut down to last year's layout: one period.
const configText = `partnership: Safer Maidstone Partnership
area: E07000110
county:
  name: Kent
  areas: [E07000105, E07000106, E07000110]
year_end_month: 3
mappings:
  - file: "fire-*.csv"
    area: { column: Area }
    area_names: { Maidstone: E07000110, "All Districts": county }
    category: { column: Fires }
    measures: { Accidental: fires_accidental, Deliberate: fires_deliberate }
    periods: { "2010/ 11": 2011 }
`;

// This year's layout: both years are read.
const yearMappings = `mappings:
  - file: "fire-*.csv"
    agency: fire
    area: { column: Area }
    area_names: { Maidstone: E07000110, "All Districts": county }
    category: { column: Fires }
    measures: { Accidental: fires_accidental, Deliberate: fires_deliberate }
    periods: { "2010/ 11": 2011, "2011/ 12": 2012 }
`;

/** A project folder with the configuration and data/2012/, holding mappings.yaml when given. */
async function project(mappings?: string): Promise<{ configFile: string; dataDir: string }> {
  const root = await tempDir('year-config');
  const configFile = path.join(root, 'assess.config.yaml');
  const dataDir = path.join(root, 'data', '2012');
  await mkdir(dataDir, { recursive: true });
  await writeFile(configFile, configText);
  if (mappings !== undefined) await writeFile(path.join(dataDir, 'mappings.yaml'), mappings);
  return { configFile, dataDir };
}

function contextFor(config: AssessConfig): FormatContext {
  return { config, measures: new Map(config.measures.map((m) => [m.id, m])), knownAreas: new Set(config.county.areas), lookups: { lsoa: new Map(), csp: new Map() } };
}

describe('loadYearConfig', () => {
  it('is the configuration alone when the data folder has no mappings.yaml', async () => {
    const { configFile, dataDir } = await project();
    expect(await loadYearConfig(configFile, dataDir)).toEqual(await loadConfig(configFile));
  });

  it('says so when the data folder given is a file', async () => {
    const { configFile, dataDir } = await project();
    const file = path.join(dataDir, 'fire.csv');
    await writeFile(file, 'x\n');
    const error = await errorFromAsync(() => loadYearConfig(configFile, file));
    expect(error.message).toBe(`The data folder ${file} is a file, not a folder`);
    expect(error.details.fix).toBe('Pass --data with the folder the file is in, or leave --data out to read data/<year>.');
  });

  it("puts the year's mappings first, so they read a file both match", async () => {
    const { configFile, dataDir } = await project(`\uFEFF${yearMappings}`);
    const config = await loadYearConfig(configFile, dataDir);
    const mappingsFile = path.join(dataDir, 'mappings.yaml');
    expect(config.mappings!.map((m) => [m.sourceFile, m.index, m.configLine])).toEqual([[mappingsFile, 1, 2], [undefined, 1, 8]]);

    const csv = await readFile(path.join(fixtures, 'fire-2012.csv'), 'utf8');
    const reader = readerFor([], 'fire-2012.csv', mappedFormats(config))!;
    expect(reader.id).toBe('year-mapping-1');
    const output = reader.read(csv, path.join(dataDir, 'fire-2012.csv'), contextFor(config));
    expect(output.problems).toEqual([]);
    expect(output.observations.map((o) => [o.measure, o.period, o.value])).toEqual([
      ['fires_accidental', '2011', 228], ['fires_accidental', '2012', 262],
      ['fires_deliberate', '2011', 168], ['fires_deliberate', '2012', 178],
    ]);
  });

  it("names mappings.yaml in the reader's messages about its mappings", async () => {
    const { configFile, dataDir } = await project(yearMappings.replace('Maidstone: E07000110, ', ''));
    const config = await loadYearConfig(configFile, dataDir);
    const csv = await readFile(path.join(fixtures, 'fire-2012.csv'), 'utf8');
    const output = mappedFormats(config)[0]!.read(csv, 'fire-2012.csv', contextFor(config));
    expect(output.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('the mapping for "fire-*.csv" in mappings.yaml (line 2) does not know: "Maidstone"'));
  });

  it('reports every mistake in mappings.yaml with that file, line and column', async () => {
    const { configFile, dataDir } = await project(`mappings:
  - file: "fire-*.csv"
    area: { column: Area }
    category: { column: Fires }
    measures: { Accidental: fires_accidentl }
    periods: { "2011/ 12": 2012 }
    skip_row: [Total]
`);
    const error = await errorFromAsync(() => loadYearConfig(configFile, dataDir));
    const file = path.join(dataDir, 'mappings.yaml');
    expect(problemsOf(error).map((p) => [p.message, p.details.location])).toEqual([
      ['Unknown setting "skip_row" in mappings entry 1. Did you mean "skip_rows"?', { file, line: 7, column: 5 }],
      ['Unknown measure "fires_accidentl" in category "Accidental" of the mapping for "fire-*.csv". Did you mean "fires_accidental"?', { file, line: 5, column: 29 }],
    ]);
  });

  it('reports YAML that does not parse, and a file without "mappings:", in mappings.yaml', async () => {
    const broken = await project('mappings:\n  - file: "fire-*.csv\n');
    const syntax = problemsOf(await errorFromAsync(() => loadYearConfig(broken.configFile, broken.dataDir)));
    expect(syntax[0]!.message).toMatch(/^The mappings file is not valid YAML/);
    // The unclosed quote runs to the end of the file, where YAML reports it.
    expect(syntax[0]!.details.location).toMatchObject({ file: path.join(broken.dataDir, 'mappings.yaml'), line: 3 });

    const list = await project('- file: "fire-*.csv"\n');
    const error = await errorFromAsync(() => loadYearConfig(list.configFile, list.dataDir));
    expect([error.message, error.details.location]).toEqual(['The mappings file should be a group of settings', { file: path.join(list.dataDir, 'mappings.yaml'), line: 1, column: 1 }]);
  });
});
