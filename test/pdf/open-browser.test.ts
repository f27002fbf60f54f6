import { existsSync } from 'node:fs';
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { describe, expect, it, vi } from 'vitest';
import { AssessError, ExitCode } from '../../src/errors.js';
import { processIsRunning } from '../../src/publish/lock.js';
import { processesHere } from '../../src/pdf/browser-profile.js';
import { openBrowser } from '../../src/pdf/render-pdf.js';
import { tempDir } from '../temp-dir.js';

/** This process's browser profiles in the temporary folder (src/pdf/browser-profile.ts). */
const ownProfiles = async (): Promise<string[]> => (await readdir(os.tmpdir())).filter((name) => name.startsWith(`assess-chromium-${processesHere()}-${process.pid}-`));

describe('openBrowser', () => {
  it('starts at once but says which browser only when it is wanted', async () => {
    const lines: string[] = [];
    const opening = openBrowser({ env: process.env, log: (line) => lines.push(line) });
    try {
      // Long enough for the launch to be under way or done.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(lines).toEqual([]);
      const browser = await opening.wanted();
      expect(browser.connected).toBe(true);
      expect(lines[0]).toMatch(/^Using Chromium from /);
    } finally {
      await opening.close();
    }
  });

  it('reports a browser that cannot be found only when it is wanted, and closes without one', async () => {
    const lines: string[] = [];
    const opening = openBrowser({ browserPath: '/nonexistent/chromium', env: {}, log: (line) => lines.push(line) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines).toEqual([]);
    await expect(opening.wanted()).rejects.toMatchObject({ name: 'AssessError', exitCode: ExitCode.noBrowser });
    await expect(opening.close()).resolves.toBeUndefined();
  });

  it('is closed by close(), even if never wanted', async () => {
    const opening = openBrowser({ env: process.env, log: () => undefined });
    await opening.close();
    const browser = await opening.wanted();
    expect(browser.connected).toBe(false);
  });

  it('keeps its profile in a folder of its own, deleted when the browser is closed', async () => {
    const opening = openBrowser({ env: process.env, log: () => undefined });
    const browser = await opening.wanted();
    const profile = (browser.process()?.spawnargs ?? []).find((arg) => arg.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length);
    expect(path.basename(profile!)).toMatch(new RegExp(`^assess-chromium-${processesHere().replace(/\./g, '\\.')}-${process.pid}-\\w{6}$`));
    expect(existsSync(profile!)).toBe(true);
    await opening.close();
    expect(existsSync(profile!)).toBe(false);
    expect(await ownProfiles()).toEqual([]);
  });

  it('stops a launch under way when asked to, without waiting for a browser slow to start', async () => {
    // A "browser" that never answers: without the stop, the launch would wait for its 60 s timeout.
    const slow = path.join(await tempDir('slow-browser'), 'chromium');
    await writeFile(slow, '#!/bin/sh\necho $$ > "$0.pid"\nexec sleep 100\n');
    await chmod(slow, 0o755);
    const stop = new AbortController();
    const opening = openBrowser({ browserPath: slow, env: {}, log: () => undefined, signal: stop.signal });
    const wanted = opening.wanted();
    wanted.catch(() => undefined);
    for (let waited = 0; !existsSync(`${slow}.pid`) && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    const pid = Number(await readFile(`${slow}.pid`, 'utf8'));
    try {
      const started = Date.now();
      stop.abort(new AssessError('Stopped by Ctrl-C (SIGINT)', ExitCode.interrupted));
      await expect(wanted).rejects.toMatchObject({ message: 'Stopped by Ctrl-C (SIGINT)', exitCode: ExitCode.interrupted });
      await opening.close();
      expect(Date.now() - started).toBeLessThan(5_000);
      for (let waited = 0; processIsRunning(pid) && waited < 2_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(processIsRunning(pid)).toBe(false);
      expect(await ownProfiles()).toEqual([]);
    } finally {
      if (processIsRunning(pid)) process.kill(pid, 'SIGKILL');
    }
  });

  it('does not start a browser at all once a stop has been asked for', async () => {
    const stop = new AbortController();
    stop.abort(new AssessError('Stopped by a request to stop (SIGTERM)', ExitCode.terminated));
    const launch = vi.spyOn(puppeteer, 'launch');
    const opening = openBrowser({ env: process.env, log: () => undefined, signal: stop.signal });
    await expect(opening.wanted()).rejects.toMatchObject({ exitCode: ExitCode.terminated });
    await opening.close();
    expect(launch).not.toHaveBeenCalled();
    expect(await ownProfiles()).toEqual([]);
  });
});
