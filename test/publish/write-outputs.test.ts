import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssessError } from '../../src/errors.js';
import { writeOutputs } from '../../src/publish/write-outputs.js';

describe('writeOutputs', () => {
  it('writes every file and leaves no staging folder behind', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'assess-out-'));
    const out = path.join(root, '2024');
    const written = await writeOutputs(out, [{ name: 'figures.csv', content: 'a,b\n1,2\n' }, { name: 'x.pdf', content: new Uint8Array([37, 80, 68, 70]) }]);
    expect(written).toEqual([path.join(out, 'figures.csv'), path.join(out, 'x.pdf')]);
    expect(await readFile(path.join(out, 'figures.csv'), 'utf8')).toBe('a,b\n1,2\n');
    expect(await readdir(root)).toEqual(['2024']);
  });

  it('keeps the previous outputs when the new ones cannot be written', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'assess-out-'));
    const out = path.join(root, '2024');
    await mkdir(out);
    await writeFile(path.join(out, 'figures.csv'), 'old\n');
    // A folder where a file should go makes the second write fail after the first succeeded.
    const error = await writeOutputs(out, [{ name: 'figures.csv', content: 'new\n' }, { name: 'sub/none.txt', content: 'x' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessError);
    expect((error as AssessError).message).toContain('Could not write the outputs');
    expect(await readFile(path.join(out, 'figures.csv'), 'utf8')).toBe('old\n');
    expect((await readdir(root)).sort()).toEqual(['2024']);
  });
});

describe('writeOutputs with an impossible destination', () => {
  it('reports an output folder under a file as bad input, not a crash', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'assess-out-'));
    await writeFile(path.join(root, 'afile'), 'x');
    const error = await writeOutputs(path.join(root, 'afile', 'sub'), [{ name: 'a.csv', content: 'a' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessError);
    expect((error as AssessError).message).toBe(`Could not write the outputs to ${path.join(root, 'afile', 'sub')} (ENOTDIR)`);
  });

  it('fails quickly under /proc instead of hanging', async () => {
    const error = await writeOutputs('/proc/assess-nope/2024', [{ name: 'a.csv', content: 'a' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessError);
    expect((error as AssessError).message).toMatch(/^Could not write the outputs to \/proc\/assess-nope\/2024/);
  });
});
