import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { CASE_TIMEOUT_MS, expectRefused, removeWorkspaces, tidyFiles, workspace, type Workspace } from './harness.js';

afterAll(removeWorkspaces);

/** Moves a tidy file into a zip archive in the data folder, as police bulk downloads come. */
async function zipped(ws: Workspace, level: 0 | 9): Promise<{ archive: string; bytes: Uint8Array; inner: string }> {
  const file = (await tidyFiles(ws)).at(-1)!;
  const inner = path.basename(file);
  const bytes = zipSync({ [inner]: new Uint8Array(await readFile(file)) }, { level });
  await rm(file);
  return { archive: path.join(ws.data, 'partner-extracts.zip'), bytes, inner };
}

/** A configuration with the sample's settings plus the given lines at the end. */
async function configWith(ws: Workspace, extra: string): Promise<void> {
  await writeFile(ws.config, (await readFile(ws.config, 'utf8')).replace(/\n*$/, '\n') + extra);
}

describe('an input that is not a readable file is refused, and the previous outputs are kept', { timeout: CASE_TIMEOUT_MS }, () => {
  it('a folder named x.csv', async () => {
    const ws = await workspace();
    const folder = path.join(ws.data, 'x.csv');
    await mkdir(folder);
    await expectRefused(ws, { file: folder, message: /This is not a file that can be read/ });
  });

  it('a file that cannot be read (as root, who can read anything: a link to a file that does not exist)', async () => {
    const ws = await workspace();
    const file = path.join(ws.data, 'x.csv');
    if (process.getuid?.() === 0) {
      await symlink(path.join(ws.root, 'no-such-file.csv'), file);
      await expectRefused(ws, { file, message: /This is not a file that can be read/ });
    } else {
      await writeFile(file, 'measure,area_code,period,value\n');
      await chmod(file, 0o000);
      await expectRefused(ws, { file, message: /You do not have permission to read the file/ });
    }
  });

  it('a named pipe called x.csv, which would block a reader forever', async () => {
    const ws = await workspace();
    const pipe = path.join(ws.data, 'x.csv');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    await expectRefused(ws, { file: pipe, message: /This is not a file that can be read/ });
  });

  it('a zip archive that is noise, or cut short', async () => {
    const noise = await workspace();
    const garbage = path.join(noise.data, 'police-download.zip');
    await writeFile(garbage, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)));
    await expectRefused(noise, { file: garbage, message: /The zip archive cannot be read/ });

    const cut = await workspace();
    const { archive, bytes } = await zipped(cut, 9);
    await writeFile(archive, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expectRefused(cut, { file: archive, message: /The zip archive cannot be read/ });
  });

  it('a zip archive whose stored data is damaged but still unpacks', async () => {
    const ws = await workspace();
    const { archive, bytes, inner } = await zipped(ws, 0);
    // Stored (uncompressed) data unpacks whatever it holds; only the checksum can tell.
    const damaged = Buffer.from(bytes);
    const start = 30 + inner.length + 100;
    damaged.write('9', start, 'latin1');
    damaged.write('7', start + 40, 'latin1');
    await writeFile(archive, damaged);
    await expectRefused(ws, { file: archive, message: /The zip archive cannot be read/ });
  });

  it('a configuration with a billion-laughs alias bomb, refused quickly', async () => {
    const ws = await workspace();
    const bomb = ['themes:', '  - &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 12; i++) bomb.push(`  - &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    await configWith(ws, bomb.join('\n') + '\n');
    const lines = (await readFile(ws.config, 'utf8')).split('\n');
    const line = lines.findIndex((text) => text.includes('*a0')) + 1;
    const started = Date.now();
    await expectRefused(ws, { file: ws.config, line, column: lines[line - 1]!.indexOf('*a0') + 1, message: /repeats YAML aliases \(\*name\) too many times/ });
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a configuration nested 100,000 brackets deep', async () => {
    const ws = await workspace();
    await configWith(ws, `measures: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    const line = (await readFile(ws.config, 'utf8')).split('\n').findIndex((l) => l.startsWith('measures: [')) + 1;
    await expectRefused(ws, { file: ws.config, line, message: /The configuration is nested too deeply to be read/ });
  });
});
