import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeLeftOverProfiles } from '../../src/pdf/browser-profile.js';
import { tempDir } from '../temp-dir.js';

describe('browser profiles left over by killed runs', () => {
  it('are deleted when their process has gone; those of running processes, and anything else, are kept', async () => {
    const folder = await tempDir('profiles');
    const names = [
      'assess-chromium-111-aaaaaa', // its process has gone
      'assess-chromium-222-bbbbbb', // still running
      `assess-chromium-${process.pid}-cccccc`, // this process's own
      'assess-chromium-x-dddddd',
      'puppeteer_dev_chrome_profile-eeeeee',
      'assess-e2e-ffffff',
    ];
    for (const name of names) await mkdir(path.join(folder, name, 'Default'), { recursive: true });
    const asked: number[] = [];
    const removed = await removeLeftOverProfiles(folder, (pid) => {
      asked.push(pid);
      return pid === 222;
    });
    expect(removed).toEqual(['assess-chromium-111-aaaaaa']);
    expect(asked.sort()).toEqual([111, 222]);
    expect((await readdir(folder)).sort()).toEqual(names.slice(1).sort());
  });

  it('finds nothing to do in a folder that cannot be read', async () => {
    expect(await removeLeftOverProfiles(path.join(await tempDir('profiles'), 'missing'))).toEqual([]);
  });
});
