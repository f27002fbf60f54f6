import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssessError } from '../../src/errors.js';
import { lockOutputs, processIsRunning } from '../../src/publish/lock.js';
import { tempDir } from '../temp-dir.js';

const tempRoot = (): Promise<string> => tempDir('lock');

/** The id of a process that has finished: nothing runs under it any more (barring reuse). */
function finishedPid(): number {
  return spawnSync(process.execPath, ['-e', ''], { encoding: 'utf8' }).pid!;
}

describe('lockOutputs', () => {
  it('lets one build at a time write a year, naming the holder and how to clear a stale lock', async () => {
    const root = await tempRoot();
    const out = path.join(root, '2024');
    const first = await lockOutputs(out, { log: () => undefined, now: () => new Date('2024-11-20T09:00:00Z') });
    const owner = JSON.parse(await readFile(path.join(root, '.2024.lock'), 'utf8'));
    expect(owner).toEqual({ pid: process.pid, started: '2024-11-20T09:00:00.000Z', host: os.hostname() });

    const error = await lockOutputs(out, { log: () => undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessError);
    expect((error as AssessError).exitCode).toBe(2);
    expect((error as AssessError).message).toBe(`Another build is writing ${out} (process ${process.pid} on ${os.hostname()}, started 2024-11-20T09:00:00.000Z)`);
    expect((error as AssessError).details.fix).toBe(`Wait for that build to finish and run again. If no assess build is running (the machine was restarted, say), delete ${path.join(root, '.2024.lock')} and run again.`);

    await first.release();
    await first.release();
    expect(await readdir(root)).toEqual([]);
    const again = await lockOutputs(out, { log: () => undefined });
    await again.release();
  });

  it('takes over a lock whose process is no longer running, and says so', async () => {
    const root = await tempRoot();
    const dead = finishedPid();
    expect(processIsRunning(dead)).toBe(false);
    await writeFile(path.join(root, '.2024.lock'), JSON.stringify({ pid: dead, started: '2024-11-19T02:00:00.000Z', host: os.hostname() }));
    const log: string[] = [];
    const lock = await lockOutputs(path.join(root, '2024'), { log: (m) => log.push(m) });
    expect(log).toEqual([`Took over the lock of ${path.join(root, '2024')}: process ${dead} that held it (started 2024-11-19T02:00:00.000Z) is no longer running.`]);
    expect(JSON.parse(await readFile(path.join(root, '.2024.lock'), 'utf8')).pid).toBe(process.pid);
    await lock.release();
    expect(await readdir(root)).toEqual([]);
  });

  it('respects a lock taken on another machine (a shared drive), which cannot be checked', async () => {
    const root = await tempRoot();
    await writeFile(path.join(root, '.2024.lock'), JSON.stringify({ pid: 1, started: '2024-11-19T02:00:00.000Z', host: 'another-machine' }));
    const error = await lockOutputs(path.join(root, '2024'), { log: () => undefined, isRunning: () => false }).catch((e: unknown) => e);
    expect((error as AssessError).message).toContain('(process 1 on another-machine, started 2024-11-19T02:00:00.000Z)');
  });

  it('never removes a lock that another build has taken over since', async () => {
    const root = await tempRoot();
    const lock = await lockOutputs(path.join(root, '2024'), { log: () => undefined });
    const other = JSON.stringify({ pid: process.pid + 1, started: '2024-11-20T10:00:00.000Z', host: os.hostname() });
    await writeFile(path.join(root, '.2024.lock'), other);
    await lock.release();
    expect(await readFile(path.join(root, '.2024.lock'), 'utf8')).toBe(other);
  });
});
