import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BUNDLED_TEMPLATES } from '../render/load-assets.js';
import { createRenderer, type TemplateSet } from '../render/render-html.js';
import type { CountySummaryView } from './county-summary.js';

const COUNTY_SUMMARY_TEMPLATE = 'county-summary.hbs';

/** The branding folder's county-summary.hbs when it has one, else the bundled template. */
async function templateText(overrideDir: string | undefined): Promise<{ file: string; text: string }> {
  for (const dir of overrideDir ? [overrideDir, BUNDLED_TEMPLATES] : [BUNDLED_TEMPLATES]) {
    const file = path.join(dir, COUNTY_SUMMARY_TEMPLATE);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined) return { file, text };
  }
  throw new Error(`${COUNTY_SUMMARY_TEMPLATE} is missing from ${BUNDLED_TEMPLATES}`);
}

/**
 * The county summary page as one self-contained HTML file, styled like the documents (the same
 * fonts, styles.css and brand.css) and rendered by the documents' renderer, with the summary's
 * template as its layout and no partials.
 */
export async function renderCountySummary(view: CountySummaryView, templates: TemplateSet, overrideDir: string | undefined): Promise<string> {
  const { file, text } = await templateText(overrideDir);
  return createRenderer<CountySummaryView>({ ...templates, layout: text, partials: {}, paths: { 'layout.hbs': file } })(view);
}
