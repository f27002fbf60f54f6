import { spawn } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processesHere, removeLeftOverProfiles, removeWithBrowser } from '../../src/pdf/browser-profile.js';
import { tempDir } from '../temp-dir.js';

/** The id of a process that has just exited. */
async function goneProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('browser profiles left over by killed runs', () => {
  it('are deleted when their process, on this machine and in this PID namespace, has gone', async () => {
    const folder = await tempDir('profiles');
    const here = processesHere();
    const gone = await goneProcess();
    const names = [
      `assess-chromium-${here}-${gone}-aaaaaa`, // its process has gone
      `assess-chromium-${here}-${process.pid}-bbbbbb`, // this process's own
      `assess-chromium-${here}-${process.ppid}-cccccc`, // a process still running
      `assess-chromium-elsewhere.4026531836-${gone}-dddddd`, // another machine or container's: its process ids mean nothing here
      'assess-chromium-x-eeeeee',
      'puppeteer_dev_chrome_profile-ffffff',
      'assess-e2e-gggggg',
    ];
    for (const name of names) await mkdir(path.join(folder, name, 'Default'), { recursive: true });
    expect(await removeLeftOverProfiles(folder, undefined, here)).toEqual([names[0]]);
    expect((await readdir(folder)).sort()).toEqual(names.slice(1).sort());
  });

  it('are named for this machine and, on Linux, its PID namespace, without the separator', () => {
    const here = processesHere();
    expect(here).toMatch(/^[A-Za-z0-9._]+$/);
    if (process.platform === 'linux') expect(here).toMatch(/\.\d+$/);
  });

  it('are kept while their process might be running, and nothing is done in a folder that cannot be read', async () => {
    const folder = await tempDir('profiles');
    await mkdir(path.join(folder, `assess-chromium-${processesHere()}-4242-aaaaaa`));
    expect(await removeLeftOverProfiles(folder, () => true)).toEqual([]);
    expect(await readdir(folder)).toHaveLength(1);
    expect(await removeLeftOverProfiles(path.join(folder, 'missing'))).toEqual([]);
  });

  it('go with their browser, or at once if it has already exited', async () => {
    const folder = await tempDir('profiles');
    const exited = path.join(folder, 'exited');
    await mkdir(exited);
    removeWithBrowser({ exitCode: 0, signalCode: null, once: () => undefined }, exited);
    expect(await readdir(folder)).toEqual([]);

    const running = path.join(folder, 'running');
    await mkdir(running);
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 200)']);
    removeWithBrowser(child, running);
    expect(await readdir(folder)).toEqual(['running']);
    await new Promise((resolve) => child.on('exit', resolve));
    expect(await readdir(folder)).toEqual([]);
  });
});
