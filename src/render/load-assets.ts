import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AssessError, ExitCode } from '../errors.js';
import { PACKAGE_DIR } from '../manifest/package-dir.js';
import type { TemplateSet } from './render-html.js';

/** The package's own templates folder (next to dist/ and src/). */
export const BUNDLED_TEMPLATES = path.join(PACKAGE_DIR, 'templates');

const FONT_FACES: { weight: number; style: 'normal' | 'italic' }[] = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 600, style: 'normal' },
  { weight: 700, style: 'normal' },
];
const LOGO_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

/**
 * Fonts come from an npm package and are inlined, so the HTML is one self-contained file and
 * the PDF embeds the same faces on every machine, whatever fonts the system has.
 */
export async function loadFontCss(): Promise<string> {
  const require = createRequire(import.meta.url);
  const faces = await Promise.all(FONT_FACES.map(async ({ weight, style }) => {
    const file = require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-${style}.woff2`);
    const data = (await readFile(file)).toString('base64');
    return `@font-face{font-family:'Source Sans 3';font-style:${style};font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');}`;
  }));
  return faces.join('\n');
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function listPartials(dir: string): Promise<string[]> {
  try {
    return (await readdir(path.join(dir, 'partials'))).filter((f) => f.endsWith('.hbs')).sort();
  } catch {
    return [];
  }
}

/**
 * A council's template folder overrides the bundled one file by file: layout.hbs, any
 * partials/<name>.hbs, styles.css; brand.css is added after styles.css; logo.svg/png goes on the cover.
 * A paper other than the assessment (`paper`: 'diff') has its own layout and partials in that
 * subfolder of each (a council's diff/layout.hbs overrides the bundled templates/diff/layout.hbs),
 * and shares the styles and branding.
 */
export async function loadTemplateSet(overrideDir?: string, paper?: string): Promise<TemplateSet> {
  if (overrideDir) {
    try {
      await readdir(overrideDir);
    } catch {
      throw new AssessError(`Template folder not found: ${overrideDir}`, ExitCode.badInput, { fix: 'Pass --templates with an existing folder (or fix templates: in the configuration), or leave it out to use the bundled templates.' });
    }
  }
  const styleDirs = overrideDir ? [overrideDir, BUNDLED_TEMPLATES] : [BUNDLED_TEMPLATES];
  const layoutDirs = paper === undefined ? styleDirs : styleDirs.map((dir) => path.join(dir, paper));
  const paths: Record<string, string> = {};
  const pick = async (relative: string, dirs = layoutDirs): Promise<string | undefined> => {
    for (const dir of dirs) {
      const text = await readOptional(path.join(dir, relative));
      if (text !== undefined) {
        paths[relative] = path.join(dir, relative);
        return text;
      }
    }
    return undefined;
  };
  const partials: Record<string, string> = {};
  const names = new Set((await Promise.all(layoutDirs.map(listPartials))).flat());
  for (const name of [...names].sort()) partials[name.replace(/\.hbs$/, '')] = (await pick(`partials/${name}`))!;
  let logoDataUrl = '';
  for (const [ext, mime] of Object.entries(LOGO_TYPES)) {
    if (!overrideDir) break;
    try {
      logoDataUrl = `data:${mime};base64,${(await readFile(path.join(overrideDir, `logo${ext}`))).toString('base64')}`;
      break;
    } catch { /* try the next extension */ }
  }
  return {
    layout: (await pick('layout.hbs'))!,
    partials,
    styles: (await pick('styles.css', styleDirs)) ?? '',
    brandCss: (overrideDir ? await readOptional(path.join(overrideDir, 'brand.css')) : undefined) ?? '',
    logoDataUrl,
    fontCss: await loadFontCss(),
    source: overrideDir ?? BUNDLED_TEMPLATES,
    paths,
  };
}
