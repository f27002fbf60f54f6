import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssessError, ExitCode } from '../../src/errors.js';
import { findBrowser } from '../../src/pdf/find-browser.js';
import { needsNoSandbox } from '../../src/pdf/launch-browser.js';
import { tempDir } from '../temp-dir.js';

async function fakeExecutable(name: string): Promise<string> {
  const dir = await tempDir('browser');
  const file = path.join(dir, name);
  await writeFile(file, '#!/bin/sh\n');
  await chmod(file, 0o755);
  return file;
}

const none = async (): Promise<undefined> => undefined;

describe('findBrowser', () => {
  it('prefers --browser over everything else', async () => {
    const chosen = await fakeExecutable('my-chrome');
    const other = await fakeExecutable('other');
    const found = await findBrowser({ explicitPath: chosen, env: { CHROME_PATH: other, PATH: '' }, platform: 'linux', bundledChromium: none });
    expect(found).toEqual({ executablePath: chosen, source: '--browser', bundled: false });
  });

  it('uses PUPPETEER_EXECUTABLE_PATH before CHROME_PATH', async () => {
    const a = await fakeExecutable('a');
    const b = await fakeExecutable('b');
    const found = await findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: a, CHROME_PATH: b, PATH: '' }, platform: 'linux', bundledChromium: none });
    expect(found.source).toBe('PUPPETEER_EXECUTABLE_PATH');
    expect(found.executablePath).toBe(a);
  });

  it('finds a chromium on PATH', async () => {
    const chromium = await fakeExecutable('chromium');
    const found = await findBrowser({ env: { PATH: path.dirname(chromium) }, platform: 'freebsd', bundledChromium: none });
    expect(found.executablePath).toBe(chromium);
  });

  it('falls back to the packaged Chromium', async () => {
    const packaged = await fakeExecutable('chromium-packaged');
    const found = await findBrowser({ env: { PATH: '' }, platform: 'freebsd', bundledChromium: async () => packaged });
    expect(found).toEqual({ executablePath: packaged, source: '@sparticuz/chromium', bundled: true });
  });

  it('refuses a --browser that does not exist instead of silently using another', async () => {
    const other = await fakeExecutable('chromium');
    const error = await findBrowser({ explicitPath: '/nope/chrome', env: { PATH: path.dirname(other) }, platform: 'linux', bundledChromium: none }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessError);
    expect((error as AssessError).exitCode).toBe(ExitCode.noBrowser);
    expect((error as AssessError).message).toContain('--browser: /nope/chrome (not an executable file)');
  });

  it('lists everything it tried and how to fix it when nothing works', async () => {
    const error = (await findBrowser({ env: { CHROME_PATH: '/missing/chrome', PATH: '' }, platform: 'freebsd', bundledChromium: none }).catch((e: unknown) => e)) as AssessError;
    expect(error.exitCode).toBe(3);
    expect(error.message).toContain('CHROME_PATH: /missing/chrome');
    expect(error.message).toContain('@sparticuz/chromium (not available on this platform)');
    expect(error.details.fix).toContain('--browser');
  });
});

describe('needsNoSandbox', () => {
  it('always disables the sandbox for the packaged build, which has no sandbox helper', () => {
    expect(needsNoSandbox({ executablePath: '/tmp/chromium', source: '@sparticuz/chromium', bundled: true })).toMatch(/sandbox helper/);
  });
});
