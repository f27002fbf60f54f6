import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverInterrupted } from '../../src/publish/recover.js';
import { tempDir } from '../temp-dir.js';

const tempRoot = (): Promise<string> => tempDir('recover');

/** The id of a process that has finished (kept in .last for the expectation). */
function finishedPid(): number {
  finishedPid.last = spawnSync(process.execPath, ['-e', '']).pid!;
  return finishedPid.last;
}
finishedPid.last = 0;

async function folderWith(dir: string, content: string): Promise<void> {
  await mkdir(dir);
  await writeFile(path.join(dir, 'figures.csv'), content);
}

describe('recoverInterrupted', () => {
  it('puts back the previous outputs of a build killed between its two moves', async () => {
    const root = await tempRoot();
    await folderWith(path.join(root, '.2024.old-4242'), 'previous\n');
    await folderWith(path.join(root, '.2024.tmp-4242'), 'new but never swapped in\n');
    const log: string[] = [];
    await recoverInterrupted(path.join(root, '2024'), (m) => log.push(m));
    expect(await readdir(root)).toEqual(['2024']);
    expect(await readFile(path.join(root, '2024', 'figures.csv'), 'utf8')).toBe('previous\n');
    expect(log).toEqual([
      `Restored ${path.join(root, '2024')} from .2024.old-4242: a build (process 4242) was interrupted while swapping in its outputs.`,
      `Removed what interrupted builds left beside ${path.join(root, '2024')}: .2024.tmp-4242.`,
    ]);
  });

  it('deletes what killed builds left, and nothing else', async () => {
    const root = await tempRoot();
    await folderWith(path.join(root, '2024'), 'current\n');
    for (const name of ['.2024.tmp-1', '.2024.old-2', '.2024.staging-3', '.2023.tmp-4', '.2024.tmp-x', 'notes']) await folderWith(path.join(root, name), 'x');
    // A lock being written by a running build (this process) is left; one of a finished process is not.
    await writeFile(path.join(root, `.2024.lock.${process.pid}`), '{}');
    await writeFile(path.join(root, `.2024.lock.stale-${finishedPid()}`), '{}');
    const log: string[] = [];
    await recoverInterrupted(path.join(root, '2024'), (m) => log.push(m));
    expect((await readdir(root)).sort()).toEqual(['.2023.tmp-4', `.2024.lock.${process.pid}`, '.2024.tmp-x', '2024', 'notes']);
    expect(await readFile(path.join(root, '2024', 'figures.csv'), 'utf8')).toBe('current\n');
    expect(log).toEqual([`Removed what interrupted builds left beside ${path.join(root, '2024')}: .2024.lock.stale-${finishedPid.last}, .2024.old-2, .2024.staging-3, .2024.tmp-1.`]);
  });

  it('does nothing, and says nothing, when there is nothing to put right', async () => {
    const root = await tempRoot();
    const log: string[] = [];
    await recoverInterrupted(path.join(root, '2024'), (m) => log.push(m));
    await recoverInterrupted(path.join(root, 'missing', '2024'), (m) => log.push(m));
    expect(log).toEqual([]);
  });
});
