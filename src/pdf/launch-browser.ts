import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type LaunchOptions } from 'puppeteer-core';
import { AssessError, ExitCode } from '../errors.js';
import { onStopRequest, unlessStopped } from '../stop-requests.js';
import { newProfile, removeProfileNow, removeWithBrowser } from './browser-profile.js';
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

/**
 * Chromium draws CSS page-margin boxes, which hold every page's running header and footer
 * (running-heads.ts), from version 131. An older one would print without them, silently.
 */
export const OLDEST_CHROMIUM = 131;

/** The major version of a browser as DevTools gives it ("HeadlessChrome/143.0.7499.4"), when older than OLDEST_CHROMIUM. */
export function tooOldMajor(version: string): number | undefined {
  const major = /\/(\d+)\./.exec(version)?.[1];
  return major !== undefined && Number(major) < OLDEST_CHROMIUM ? Number(major) : undefined;
}

async function refuseTooOld(browser: Browser, found: FoundBrowser): Promise<Browser> {
  const version = await browser.version().catch(async (error: unknown) => {
    await browser.close().catch(() => undefined);
    throw error;
  });
  const major = tooOldMajor(version);
  if (major === undefined) return browser;
  await browser.close().catch(() => undefined);
  throw new AssessError(`The browser at ${found.executablePath} (${found.source}) is version ${major}: printing needs Chrome or Chromium ${OLDEST_CHROMIUM} or newer`, ExitCode.noBrowser, {
    found: version,
    fix: 'Pass --browser with a newer Chrome or Chromium, or update the system one. Without --browser and without a system Chromium, assess uses the Chromium that comes with it.',
  });
}

/**
 * Starts the browser; a stop request (`signal`) meanwhile kills it at once. Only during the launch:
 * Puppeteer would otherwise kill the browser at a stop for as long as it runs, and a browser that
 * has started is closed by its owner. A browser killed while Puppeteer attaches to it can leave the
 * launch waiting for ever, so a stop does not wait for the launch either; should the launch still
 * come back with a browser, that browser is closed.
 */
async function launchStoppably(options: LaunchOptions, signal: AbortSignal | undefined): Promise<Browser> {
  // Puppeteer only hears of a stop that comes during the launch, not one that came before it.
  signal?.throwIfAborted();
  const launchStop = new AbortController();
  const forget = onStopRequest(signal, () => launchStop.abort(signal?.reason));
  const launching = puppeteer.launch({ ...options, signal: launchStop.signal });
  try {
    return await unlessStopped(launching, signal);
  } catch (error) {
    void launching.then((late) => late.close(), () => undefined).catch(() => undefined);
    throw error;
  } finally {
    forget();
  }
}

/** `signal`, aborted, stops a launch under way (a browser slow to start). */
export async function launchBrowser(found: FoundBrowser, log: (message: string) => void, signal?: AbortSignal): Promise<Browser> {
  const args = [...OFFLINE_ARGS];
  const reason = needsNoSandbox(found);
  if (reason) {
    args.push('--no-sandbox');
    log(`Chromium sandbox disabled: ${reason}.`);
  }
  const profile = await newProfile();
  try {
    const browser = await launchStoppably({
      executablePath: found.executablePath,
      userDataDir: profile,
      headless: true,
      // Over a pipe the browser exits with assess: a build that is killed leaves no browser behind.
      pipe: true,
      // Left to assess (src/cli/interrupts.ts): Puppeteer's own handlers would end the process on
      // Ctrl-C, or close the browser under a print on SIGTERM, before the lock and temporary folder went.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      args,
      timeout: BROWSER_TIMEOUT_MS,
      protocolTimeout: 4 * BROWSER_TIMEOUT_MS,
    }, signal);
    removeWithBrowser(browser.process(), profile);
    return await refuseTooOld(browser, found);
  } catch (error) {
    removeProfileNow(profile);
    if (error instanceof AssessError) throw error;
    throw new AssessError(`The browser at ${found.executablePath} (${found.source}) could not be started: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, ExitCode.noBrowser, {
      fix: 'Pass --browser with a working Chrome or Chromium, or install Chromium (apt-get install chromium).',
    });
  }
}
