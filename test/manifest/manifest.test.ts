import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { configurationFingerprint } from '../../src/manifest/configuration.js';
import { sha256 } from '../../src/manifest/hash.js';
import { fileOnDisk, listInputFiles } from '../../src/manifest/input-files.js';
import { createManifest, describeInputs, manifestJson } from '../../src/manifest/manifest.js';
import { toolFingerprint } from '../../src/manifest/tool-fingerprint.js';
import type { SourceSummary } from '../../src/model.js';
import { tempDir } from '../temp-dir.js';

const TIDY = 'measure,area_code,period,value\nall_crime,E1,2024-01,5\n';

async function dataFolder(): Promise<string> {
  const dir = await tempDir('inputs');
  await writeFile(path.join(dir, 'tidy.csv'), TIDY);
  await writeFile(path.join(dir, 'README.md'), 'not an input');
  await writeFile(path.join(dir, 'street.zip'), zipSync({ '2024-01/a.csv': strToU8(TIDY), '2024-02/b.csv': strToU8(TIDY) }));
  await mkdir(path.join(dir, 'commentary'));
  await writeFile(path.join(dir, 'commentary', 'summary.md'), 'A good year.');
  return dir;
}

describe('listInputFiles', () => {
  it('lists each file a build reads once, an archive as one file, with size and hash', async () => {
    const dir = await dataFolder();
    const files = await listInputFiles(dir);
    expect(files.map((f) => f.file)).toEqual(['commentary/summary.md', 'street.zip', 'tidy.csv']);
    expect(files[2]).toEqual({ file: 'tidy.csv', size: TIDY.length, sha256: sha256(TIDY) });
    expect(fileOnDisk('street.zip/2024-01/a.csv')).toBe('street.zip');
    expect(fileOnDisk('2024-01/a.csv')).toBe('2024-01/a.csv');
  });
});

describe('describeInputs', () => {
  it('adds the rows and periods read, summed over the CSVs of an archive', () => {
    const summary = (file: string, rows: number, first: string, last: string): SourceSummary => ({ file, kind: 'tidy', agencies: ['police'], measures: ['all_crime'], rows, format: 'data.police.uk street-level crime', firstPeriod: first, lastPeriod: last });
    const described = describeInputs(
      [{ file: 'commentary/summary.md', size: 1, sha256: 'a' }, { file: 'notes.csv', size: 2, sha256: 'b' }, { file: 'street.zip', size: 3, sha256: 'c' }],
      { sources: [summary('street.zip/2024-02/b.csv', 7, '2024-02', '2024-02'), summary('street.zip/2024-01/a.csv', 5, '2024-01', '2024-01')], ignoredFiles: [{ file: 'notes.csv', reason: 'no recognised header' }] },
    );
    expect(described).toEqual([
      { file: 'commentary/summary.md', size: 1, sha256: 'a', rows: null, periods: null, readAs: ['commentary'] },
      { file: 'notes.csv', size: 2, sha256: 'b', rows: null, periods: null, readAs: ['not used: no recognised header'] },
      { file: 'street.zip', size: 3, sha256: 'c', rows: 12, periods: { first: '2024-01', last: '2024-02' }, readAs: ['data.police.uk street-level crime'] },
    ]);
  });
});

describe('configurationFingerprint', () => {
  it('hashes the configuration with the year\'s mappings, and every template file', async () => {
    const dir = await dataFolder();
    const configFile = path.join(dir, 'kent.config.yaml');
    await writeFile(configFile, 'area: E1\n');
    const settings = { documentDate: '2024-11-20', documentDateFrom: 'document_date' as const, pdfDate: '2024-11-20T00:00:00.000Z', draft: false, allAreas: false };
    const plain = await configurationFingerprint({ configFile, dataDir: dir, settings });
    expect(plain.sha256).toBe(sha256('area: E1\n'));
    expect(plain.files).toEqual([{ file: 'kent.config.yaml', size: 9, sha256: sha256('area: E1\n') }]);
    expect(plain.templates).toBeNull();

    await writeFile(path.join(dir, 'mappings.yaml'), 'mappings: []\n');
    await mkdir(path.join(dir, 'branding', 'partials'), { recursive: true });
    await writeFile(path.join(dir, 'branding', 'brand.css'), ':root{}');
    await writeFile(path.join(dir, 'branding', 'partials', 'cover.hbs'), '<p>{{title}}</p>');
    const full = await configurationFingerprint({ configFile, dataDir: dir, templatesDir: path.join(dir, 'branding'), settings });
    expect(full.sha256).toBe(sha256('area: E1\nmappings: []\n'));
    expect(full.files.map((f) => f.file)).toEqual(['kent.config.yaml', 'mappings.yaml (data folder)']);
    expect(full.templates).toEqual([{ file: 'brand.css', size: 7, sha256: sha256(':root{}') }, { file: 'partials/cover.hbs', size: 16, sha256: sha256('<p>{{title}}</p>') }]);
  });
});

describe('the manifest', () => {
  it('is the same text for the same build: fixed key order and no timestamps', async () => {
    const tool = await toolFingerprint();
    expect(tool.name).toBe('assess');
    expect(tool.code).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(tool.dependencies)).toContain('puppeteer-core');
    const fingerprint = { year: 2024, tool, configuration: { sha256: 'c', files: [], templates: null, settings: { documentDate: '2024-11-20', documentDateFrom: '--date' as const, pdfDate: '2024-11-20T00:00:00.000Z', draft: false, allAreas: false } }, inputs: [] };
    const text = manifestJson(createManifest(fingerprint, [], [{ file: 'figures.csv', size: 1, sha256: 'x' }]));
    expect(text).toBe(manifestJson(createManifest(structuredClone(fingerprint), [], [{ file: 'figures.csv', size: 1, sha256: 'x' }])));
    expect(Object.keys(JSON.parse(text))).toEqual(['manifest', 'year', 'tool', 'configuration', 'inputs', 'outputs']);
    expect(text).not.toMatch(/T\d\d:\d\d:\d\d(?!\.000Z)/);
  });
});
