import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { AssessError, ExitCode } from '../errors.js';

export interface FoundBrowser {
  executablePath: string;
  /** Where it was found, for the log and for error messages. */
  source: string;
  /** The Chromium shipped in the @sparticuz/chromium npm package. */
  bundled: boolean;
}

export interface BrowserSearch {
  /** --browser PATH */
  explicitPath?: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** Resolves the packaged Chromium; injectable so tests need not unpack it. */
  bundledChromium?: () => Promise<string | undefined>;
}

const SYSTEM_PATHS: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/opt/google/chrome/chrome'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
};
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const suffix = platform === 'win32' ? '.exe' : '';
  return PATH_NAMES.flatMap((name) => dirs.map((dir) => path.join(dir, name + suffix)));
}

export async function loadBundledChromium(): Promise<string | undefined> {
  // @sparticuz/chromium ships Linux builds only; it unpacks itself into the temp folder on first use.
  if (process.platform !== 'linux') return undefined;
  const chromium = (await import('@sparticuz/chromium')).default;
  return chromium.executablePath();
}

/**
 * Finds a Chromium without downloading one: --browser, then the environment variables
 * Puppeteer users already set, then system installs, then the npm-packaged build, so that
 * `npm install` alone is enough on a machine with no browser and no internet.
 */
export async function findBrowser(search: BrowserSearch): Promise<FoundBrowser> {
  const tried: string[] = [];
  const candidates: { file: string | undefined; source: string }[] = [
    { file: search.explicitPath, source: '--browser' },
    { file: search.env.PUPPETEER_EXECUTABLE_PATH, source: 'PUPPETEER_EXECUTABLE_PATH' },
    { file: search.env.CHROME_PATH, source: 'CHROME_PATH' },
  ];
  for (const { file, source } of candidates) {
    if (!file) continue;
    if (await isExecutable(file)) return { executablePath: file, source, bundled: false };
    tried.push(`${source}: ${file} (not an executable file)`);
    // An explicit choice that does not work must not be silently replaced by another browser.
    if (source === '--browser') throw noBrowser(tried);
  }
  for (const file of [...(SYSTEM_PATHS[search.platform] ?? []), ...onPath(search.env, search.platform)]) {
    if (await isExecutable(file)) return { executablePath: file, source: 'system install', bundled: false };
  }
  tried.push(`system installs: ${(SYSTEM_PATHS[search.platform] ?? []).join(', ') || 'none known for ' + search.platform}`);
  tried.push(`PATH: ${PATH_NAMES.join(', ')}`);
  try {
    const bundled = await (search.bundledChromium ?? loadBundledChromium)();
    if (bundled && (await isExecutable(bundled))) return { executablePath: bundled, source: '@sparticuz/chromium', bundled: true };
    tried.push('@sparticuz/chromium (not available on this platform)');
  } catch (error) {
    tried.push(`@sparticuz/chromium (${error instanceof Error ? error.message : String(error)})`);
  }
  throw noBrowser(tried);
}

function noBrowser(tried: string[]): AssessError {
  return new AssessError(`No usable Chromium or Chrome browser was found. Tried:\n  - ${tried.join('\n  - ')}`, ExitCode.noBrowser, {
    fix: 'Install Chromium (Debian/Ubuntu: apt-get install chromium) or Google Chrome, or pass --browser /path/to/chrome, or set PUPPETEER_EXECUTABLE_PATH. Re-running npm install restores the bundled browser.',
  });
}
