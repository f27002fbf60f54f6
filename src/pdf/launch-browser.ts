import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { AssessError, ExitCode } from '../errors.js';
import type { FoundBrowser } from './find-browser.js';

export const BROWSER_TIMEOUT_MS = 60_000;

/**
 * Chrome refuses to start as root with its sandbox, and containers often lack the namespaces it
 * needs; the packaged build ships without the sandbox helper. Only then is the sandbox turned off.
 */
export function needsNoSandbox(browser: FoundBrowser): string | undefined {
  if (browser.bundled) return 'the packaged Chromium has no sandbox helper';
  if (typeof process.getuid === 'function' && process.getuid() === 0) return 'running as root';
  if (existsSync('/.dockerenv') || existsSync('/run/.containerenv')) return 'running in a container';
  return undefined;
}

/** Flags that keep the browser off the network: the document is built from local data only. */
const OFFLINE_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-extensions',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-pings',
  '--no-default-browser-check',
  '--metrics-recording-only',
  '--disable-gpu',
  '--font-render-hinting=none',
];

export async function launchBrowser(found: FoundBrowser, log: (message: string) => void): Promise<Browser> {
  const args = [...OFFLINE_ARGS];
  const reason = needsNoSandbox(found);
  if (reason) {
    args.push('--no-sandbox');
    log(`Chromium sandbox disabled: ${reason}.`);
  }
  try {
    return await puppeteer.launch({
      executablePath: found.executablePath,
      headless: true,
      // Over a pipe the browser exits with assess: a build that is killed leaves no browser behind.
      pipe: true,
      args,
      timeout: BROWSER_TIMEOUT_MS,
      protocolTimeout: 4 * BROWSER_TIMEOUT_MS,
    });
  } catch (error) {
    throw new AssessError(`The browser at ${found.executablePath} (${found.source}) could not be started: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, ExitCode.noBrowser, {
      fix: 'Pass --browser with a working Chrome or Chromium, or install Chromium (apt-get install chromium).',
    });
  }
}
