import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssessError } from '../../src/errors.js';
import { MAX_COMMENTARY_BYTES, readCommentary } from '../../src/ingest/read-commentary.js';

const SECTIONS = ['introduction', 'summary', 'overview', 'methodology', 'domestic_abuse', 'asb'];

let dataDir: string;
let folder: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'assess-commentary-'));
  folder = path.join(dataDir, 'commentary');
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function put(name: string, content: string | Uint8Array): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, name), content);
}

async function failure(): Promise<AssessError> {
  const error = await readCommentary(dataDir, SECTIONS).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AssessError);
  return error as AssessError;
}

describe('readCommentary', () => {
  it('gives no commentary when the folder is missing', async () => {
    expect(await readCommentary(dataDir, SECTIONS)).toEqual(new Map());
  });

  it('reads each section file, named case-insensitively, and leaves out system clutter', async () => {
    await put('summary.md', '# Summary\n');
    await put('Domestic_Abuse.md', 'Text');
    await put('.DS_Store', 'x');
    await put('~$summary.md', 'lock');
    await put('Thumbs.db', 'x');
    const found = await readCommentary(dataDir, SECTIONS);
    expect([...found.keys()]).toEqual(['domestic_abuse', 'summary']);
    expect(found.get('summary')).toEqual({ file: 'commentary/summary.md', markdown: '# Summary\n' });
    expect(found.get('domestic_abuse')!.file).toBe('commentary/Domestic_Abuse.md');
  });

  it('strips a byte-order mark and reads UTF-8', async () => {
    await put('overview.md', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café – “quoted”')]));
    expect((await readCommentary(dataDir, SECTIONS)).get('overview')!.markdown).toBe('Café – “quoted”');
  });

  it('names the file and suggests the section for an unknown name (exit code 2)', async () => {
    await put('domestic_abuze.md', 'Text');
    const error = await failure();
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe('"domestic_abuze" is not a section of the document. Did you mean "domestic_abuse"?');
    expect(error.details.location?.file).toBe(path.join(folder, 'domestic_abuze.md'));
    expect(error.details.fix).toContain('introduction.md, summary.md, overview.md, methodology.md, domestic_abuse.md or asb.md');
  });

  it('refuses a file over the size limit', async () => {
    await put('summary.md', 'x'.repeat(MAX_COMMENTARY_BYTES + 1));
    const error = await failure();
    expect(error.message).toBe('The commentary file is too large');
    expect(error.details.found).toBe('201 KB');
    expect(error.details.expected).toBe('at most 200 KB of text');
  });

  it('accepts a file at the limit', async () => {
    await put('summary.md', 'x'.repeat(MAX_COMMENTARY_BYTES));
    expect((await readCommentary(dataDir, SECTIONS)).get('summary')!.markdown).toHaveLength(MAX_COMMENTARY_BYTES);
  });

  it('refuses a file that is not Markdown, so it is not silently left out', async () => {
    await put('summary.docx', 'PK');
    expect((await failure()).message).toBe('This is not a commentary file');
  });

  // Only a case-sensitive file system can hold both names.
  it.skipIf(process.platform !== 'linux')('refuses two files for one section', async () => {
    await put('summary.md', 'a');
    await put('Summary.MD', 'b');
    const error = await failure();
    expect(error.message).toBe('There are two commentary files for the "summary" section');
  });

  it('refuses a folder in the commentary folder', async () => {
    await mkdir(path.join(folder, 'asb.md'), { recursive: true });
    expect((await failure()).message).toBe('This is not a file that can be read');
  });
});
