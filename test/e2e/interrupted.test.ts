import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeLeftOverProfiles } from '../../src/pdf/browser-profile.js';
import { processIsRunning } from '../../src/publish/lock.js';
import { ROOT } from './sample-data.js';
import { tempDir } from '../temp-dir.js';

/**
 * Real builds, killed at the points the build's test hook (ASSESS_TEST_PAUSE_AT, see
 * src/commands/build-pause.ts) stops them at: whatever happens, the previous outputs must be
 * exactly as they were, and the next build must work.
 */

interface Run {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

let root = '';
let out = '';
const started: ChildProcess[] = [];

function start(args: string[], env: Record<string, string> = {}, shell?: string): Run {
  const command = [path.join(ROOT, 'bin/assess.js'), 'build', '2024', '--data', 'extracts/2024', '--date', '2024-11-20', ...args];
  const child = shell
    ? spawn('bash', ['-c', `${shell}; exec "$0" "$@"`, process.execPath, ...command], { cwd: root, env: { ...process.env, ...env } })
    : spawn(process.execPath, command, { cwd: root, env: { ...process.env, ...env } });
  started.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, stderr: () => stderr, exited };
}

async function finish(args: string[] = [], env: Record<string, string> = {}, shell?: string): Promise<{ code: number | null; stderr: string }> {
  const run = start(args, env, shell);
  const { code } = await run.exited;
  return { code, stderr: run.stderr() };
}

/** Waits for the build to stop at its pause point; returns the process ids it reports. */
async function pausedAt(run: Run, point: string): Promise<{ pid: number; browserPid?: number }> {
  const pattern = new RegExp(`Test pause at ${point} \\(process (\\d+)(?:, browser process (\\d+))?\\)`);
  for (let waited = 0; waited < 120_000; waited += 100) {
    const match = pattern.exec(run.stderr());
    if (match) return { pid: Number(match[1]), ...(match[2] ? { browserPid: Number(match[2]) } : {}) };
    if (run.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the build did not pause at ${point}:\n${run.stderr()}`);
}

/** Kills the build with SIGKILL at its pause point; `beforeKill` looks at it while it waits there. */
async function killAt(point: string, beforeKill?: (paused: { pid: number; browserPid?: number }) => Promise<void>): Promise<{ pid: number; browserPid?: number }> {
  const run = start([], { ASSESS_TEST_PAUSE_AT: point });
  const paused = await pausedAt(run, point);
  await beforeKill?.(paused);
  run.child.kill('SIGKILL');
  expect((await run.exited).signal).toBe('SIGKILL');
  return paused;
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) files[name] = (await readFile(path.join(dir, name))).toString('base64');
  return files;
}

/** The profile folder the browser was started with (Puppeteer makes one in the temporary folder). */
async function browserProfile(pid: number): Promise<string> {
  const args = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
  const flag = args.find((arg) => arg.startsWith('--user-data-dir='));
  if (flag === undefined) throw new Error(`browser process ${pid} has no --user-data-dir: ${args.join(' ')}`);
  return flag.slice('--user-data-dir='.length);
}

async function stopped(pid: number): Promise<boolean> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (!processIsRunning(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('an interrupted build', () => {
  let previous: Record<string, string>;

  beforeAll(async () => {
    root = await tempDir('interrupt');
    await cp(path.join(ROOT, 'data/2024'), path.join(root, 'extracts', '2024'), { recursive: true });
    await cp(path.join(ROOT, 'assess.config.yaml'), path.join(root, 'assess.config.yaml'));
    out = path.join(root, 'out', '2024');
    const first = await finish();
    expect(first.code, first.stderr).toBe(0);
    previous = await snapshot(out);
    expect(Object.keys(previous)).toEqual(['figures.csv', 'figures.json', 'manifest.json', 'strategic-assessment-2024.html', 'strategic-assessment-2024.pdf']);
  });

  afterAll(() => {
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('killed while reading: the previous outputs are intact, and a second build meanwhile is refused with exit 2', async () => {
    const run = start([], { ASSESS_TEST_PAUSE_AT: 'reading' });
    const { pid } = await pausedAt(run, 'reading');
    expect((await readdir(path.dirname(out))).sort()).toEqual(['.2024.lock', `.2024.tmp-${pid}`, '2024']);

    const second = await finish();
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`Another build is writing ${out} (process ${pid} on ${os.hostname()}, started `);
    expect(second.stderr).toContain(`delete ${path.join(root, 'out', '.2024.lock')} and run again`);
    expect(JSON.parse(await readFile(path.join(root, 'out', '.2024.lock'), 'utf8')).pid).toBe(pid);

    run.child.kill('SIGKILL');
    await run.exited;
    expect(await snapshot(out)).toEqual(previous);
  });

  it('killed mid-print: the previous outputs are intact and the browser goes with the build', async () => {
    let killedProfile = '';
    const { browserPid } = await killAt('printing', async (paused) => {
      expect(paused.browserPid).toBeGreaterThan(0);
      killedProfile = await browserProfile(paused.browserPid!);
    });
    expect(await stopped(browserPid!)).toBe(true);
    expect(await snapshot(out)).toEqual(previous);
    // Nothing could delete the browser's profile; the next launch of a browser does.
    expect(existsSync(killedProfile)).toBe(true);
    expect(await removeLeftOverProfiles()).toContain(path.basename(killedProfile));
    expect(existsSync(killedProfile)).toBe(false);
  });

  it('killed with every output written but not yet swapped in: the previous outputs are intact', async () => {
    const { pid } = await killAt('staged');
    expect(await readdir(path.join(root, 'out', `.2024.tmp-${pid}`))).toContain('manifest.json');
    expect(await snapshot(out)).toEqual(previous);
  });

  it('killed between the two moves of the swap: the next run puts the previous outputs back', async () => {
    const { pid } = await killAt('swapping');
    expect((await readdir(path.join(root, 'out'))).includes('2024')).toBe(false);
    expect(await snapshot(path.join(root, 'out', `.2024.old-${pid}`))).toEqual(previous);

    const next = await finish(['--if-changed']);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toMatch(/Took over the lock of .*: process \d+ that held it \(started .*\) is no longer running\./);
    expect(next.stderr).toContain(`Restored ${out} from .2024.old-${pid}: a build (process ${pid}) was interrupted while swapping in its outputs.`);
    expect(next.stderr).toContain(`Removed what interrupted builds left beside ${out}: .2024.tmp-${pid}.`);
    expect(next.stderr.trim().split('\n').at(-1)).toMatch(/out\/2024 is up to date: no input, configuration or tool change since the last build\.$/);
    expect(await snapshot(out)).toEqual(previous);
    expect(await readdir(path.join(root, 'out'))).toEqual(['2024']);
  });

  it('whose browser crashes mid-print: exit 3 with a clear message, the previous outputs intact', async () => {
    const run = start([], { ASSESS_TEST_PAUSE_AT: 'printing', ASSESS_TEST_PAUSE_MS: '1500' });
    const { browserPid } = await pausedAt(run, 'printing');
    const profile = await browserProfile(browserPid!);
    process.kill(browserPid!, 'SIGKILL');
    const { code } = await run.exited;
    expect(code, run.stderr()).toBe(3);
    expect(run.stderr()).toContain('The browser stopped while printing the PDF (it crashed or was killed)');
    expect(existsSync(profile)).toBe(false);
    expect(run.stderr()).not.toMatch(/\n\s+at /);
    expect(await snapshot(out)).toEqual(previous);
    expect(await readdir(path.join(root, 'out'))).toEqual(['2024']);
  });

  it('stopped by Ctrl-C mid-print: exit 130, the browser and its profile gone, no lock or temporary folder left, the previous outputs intact', async () => {
    const run = start([], { ASSESS_TEST_PAUSE_AT: 'printing' });
    const { browserPid } = await pausedAt(run, 'printing');
    const profile = await browserProfile(browserPid!);
    expect(existsSync(profile)).toBe(true);
    run.child.kill('SIGINT');
    const { code } = await run.exited;
    expect(code, run.stderr()).toBe(130);
    expect(run.stderr()).toContain('Stopping: Ctrl-C (SIGINT) received. Undoing what this run had begun (press Ctrl-C again');
    expect(run.stderr()).toContain(`error: Stopped by Ctrl-C (SIGINT): nothing was written, and ${out} is as it was\n`);
    expect(run.stderr()).not.toContain('crashed');
    expect(run.stderr()).not.toMatch(/\n\s+at /);
    expect(await stopped(browserPid!)).toBe(true);
    expect(existsSync(profile)).toBe(false);
    expect(await readdir(path.join(root, 'out'))).toEqual(['2024']);
    expect(await snapshot(out)).toEqual(previous);
  });

  it('stopped by a scheduler\'s SIGTERM while reading: exit 143, no lock or temporary folder left, the previous outputs intact', async () => {
    const run = start([], { ASSESS_TEST_PAUSE_AT: 'reading' });
    await pausedAt(run, 'reading');
    run.child.kill('SIGTERM');
    const { code } = await run.exited;
    expect(code, run.stderr()).toBe(143);
    expect(run.stderr()).toContain(`error: Stopped by a request to stop (SIGTERM): nothing was written, and ${out} is as it was\n`);
    expect(await readdir(path.join(root, 'out'))).toEqual(['2024']);
    expect(await snapshot(out)).toEqual(previous);
  });

  it('stopped by Ctrl-C while printing every district (--all-areas): exit 130, nothing left, the previous outputs intact', async () => {
    const run = start(['--all-areas'], { ASSESS_TEST_PAUSE_AT: 'printing' });
    const { browserPid } = await pausedAt(run, 'printing');
    run.child.kill('SIGINT');
    const { code } = await run.exited;
    expect(code, run.stderr()).toBe(130);
    expect(run.stderr()).toContain(`error: Stopped by Ctrl-C (SIGINT): nothing was written, and ${out} is as it was\n`);
    expect(await stopped(browserPid!)).toBe(true);
    expect(await readdir(path.join(root, 'out'))).toEqual(['2024']);
    expect(await snapshot(out)).toEqual(previous);
  });

  it('without room to write (a file size limit stands in for a full disk): exit 3 naming the browser, the previous outputs intact', async () => {
    // The browser writes the PDF to its temporary folder before assess gets it, so it is the first
    // to run out of room; assess's own writes failing is tested in test/publish/stage.test.ts.
    const result = await finish([], {}, 'ulimit -f 3000');
    expect(result.code, result.stderr).toBe(3);
    expect(result.stderr).toMatch(/error: The browser (could not print the PDF|stopped while printing the PDF \(it crashed or was killed\))\n/);
    expect(result.stderr).toContain('check the machine has free memory and disk space in its temporary folder');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await snapshot(out)).toEqual(previous);
    expect(await readdir(path.join(root, 'out'))).toEqual(['2024']);
  });

  it('is followed by builds that work, and say in one line when there is nothing to do', async () => {
    await writeFile(path.join(root, 'extracts', '2024', 'commentary', 'summary.md'), 'Written after the interruptions.\n');
    const next = await finish(['--if-changed']);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toContain('Building: inputs changed: commentary/summary.md.');
    expect(await readFile(path.join(out, 'strategic-assessment-2024.html'), 'utf8')).toContain('Written after the interruptions.');
    expect(await readdir(path.join(root, 'out'))).toEqual(['2024']);

    const again = await finish(['--if-changed']);
    expect(again.code).toBe(0);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toMatch(/out\/2024 is up to date: no input, configuration or tool change since the last build\.\n$/);
  });
});
