import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildSettings, ConfigurationFingerprint } from '../../src/manifest/configuration.js';
import { sha256 } from '../../src/manifest/hash.js';
import { createManifest, manifestJson, type BuildFingerprint } from '../../src/manifest/manifest.js';
import { outputsIntact, reasonToBuild, whatChanged } from '../../src/manifest/up-to-date.js';
import { tempDir } from '../temp-dir.js';

const settings: BuildSettings = { documentDate: '2024-11-20', documentDateFrom: '--date', pdfDate: '2024-11-20T00:00:00.000Z', draft: false, allAreas: false };
const configuration: ConfigurationFingerprint = { sha256: 'c1', files: [{ file: 'assess.config.yaml', size: 10, sha256: 'c1' }], templates: null, settings };

function fingerprint(change: (f: BuildFingerprint) => void = () => undefined): BuildFingerprint {
  const f: BuildFingerprint = {
    year: 2024,
    tool: { name: 'assess', version: '0.1.0', node: 'v20.11.0', code: 'abc', dependencies: { vega: '6.4.0' } },
    configuration: structuredClone(configuration),
    inputs: [{ file: 'fire.csv', size: 5, sha256: 'f1' }, { file: 'police.zip', size: 9, sha256: 'p1' }],
  };
  change(f);
  return f;
}

const described = (f: BuildFingerprint) => f.inputs.map((input) => ({ ...input, rows: null, periods: null, readAs: [] }));
const manifestOf = (f: BuildFingerprint) => createManifest(f, described(f), []);

describe('whatChanged', () => {
  it('finds nothing when the tool, configuration, settings and inputs are the same', () => {
    expect(whatChanged(manifestOf(fingerprint()), fingerprint())).toBeUndefined();
  });

  it('rebuilds over a damaged manifest rather than compare its missing fields', () => {
    const damaged = { ...manifestOf(fingerprint()), year: undefined } as unknown as Parameters<typeof whatChanged>[0];
    expect(whatChanged(damaged, fingerprint())).toBe('the manifest of the earlier build is damaged');
    const noInputs = { ...manifestOf(fingerprint()), inputs: 'x' } as unknown as Parameters<typeof whatChanged>[0];
    expect(whatChanged(noInputs, fingerprint())).toBe('the manifest of the earlier build is damaged');
  });

  it('names the input files that changed, appeared or went', () => {
    const now = fingerprint((f) => {
      f.inputs = [{ file: 'fire.csv', size: 6, sha256: 'f2' }, { file: 'health.csv', size: 1, sha256: 'h1' }];
    });
    expect(whatChanged(manifestOf(fingerprint()), now)).toBe('inputs changed: fire.csv; new: health.csv; removed: police.zip');
  });

  it('sees a change of configuration, templates, settings or tool', () => {
    const before = manifestOf(fingerprint());
    expect(whatChanged(before, fingerprint((f) => { f.configuration.sha256 = 'c2'; }))).toBe('the configuration has changed (assess.config.yaml)');
    expect(whatChanged(before, fingerprint((f) => { f.configuration.templates = [{ file: 'brand.css', size: 3, sha256: 'b' }]; }))).toBe('templates new: brand.css');
    expect(whatChanged(before, fingerprint((f) => { f.configuration.settings.draft = true; }))).toMatch(/^the build settings have changed/);
    expect(whatChanged(before, fingerprint((f) => { f.configuration.settings.documentDate = '2024-11-21'; }))).toMatch(/^the build settings have changed/);
    expect(whatChanged(before, fingerprint((f) => { f.tool.version = '0.2.0'; }))).toBe('assess 0.1.0 -> 0.2.0');
    expect(whatChanged(before, fingerprint((f) => { f.tool.code = 'def'; }))).toBe('assess itself has changed');
    expect(whatChanged(before, fingerprint((f) => { f.tool.dependencies.vega = '6.5.0'; }))).toBe('assess itself has changed');
    expect(whatChanged(before, fingerprint((f) => { f.year = 2025; }))).toBe('the manifest is for 2024');
    expect(whatChanged(undefined, fingerprint())).toBe('no manifest from an earlier build');
  });

  it('does not rebuild for a cover date of "today" alone, so a daily schedule does not rebuild daily', () => {
    const today = (date: string) => fingerprint((f) => {
      f.configuration.settings = { ...settings, documentDate: date, documentDateFrom: 'today', pdfDate: `${date}T00:00:00.000Z` };
    });
    expect(whatChanged(manifestOf(today('2024-11-20')), today('2024-11-21'))).toBeUndefined();
  });
});

describe('outputsIntact and reasonToBuild', () => {
  it('rebuild when an output was deleted or edited, and not otherwise', async () => {
    const out = await tempDir('manifest');
    await mkdir(path.join(out, 'E1-a'));
    await writeFile(path.join(out, 'E1-a', 'figures.csv'), 'a\n');
    const manifest = createManifest(fingerprint(), described(fingerprint()), [{ file: 'E1-a/figures.csv', size: 2, sha256: sha256('a\n') }]);
    expect(await outputsIntact(out, manifest)).toBeUndefined();
    await writeFile(path.join(out, 'manifest.json'), manifestJson(manifest));
    expect(await reasonToBuild(out, fingerprint())).toBeUndefined();
    expect(await reasonToBuild(out, fingerprint((f) => { f.inputs = []; }))).toBe('inputs removed: fire.csv, police.zip');
    await writeFile(path.join(out, 'E1-a', 'figures.csv'), 'edited\n');
    expect(await reasonToBuild(out, fingerprint())).toBe('E1-a/figures.csv has been changed since it was built');
    expect(await outputsIntact(out, createManifest(fingerprint(), [], [{ file: 'gone.pdf', size: 1, sha256: 'x' }]))).toBe('gone.pdf is missing');
  });

  it('treats a missing or unreadable manifest as a reason to build', async () => {
    const out = await tempDir('manifest');
    expect(await reasonToBuild(out, fingerprint())).toBe('no manifest from an earlier build');
    await writeFile(path.join(out, 'manifest.json'), '{ not json');
    expect(await reasonToBuild(out, fingerprint())).toBe('no manifest from an earlier build');
  });
});
