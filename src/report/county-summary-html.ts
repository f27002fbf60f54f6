import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import { AssessError, ExitCode } from '../errors.js';
import { BUNDLED_TEMPLATES } from '../render/load-assets.js';
import type { TemplateSet } from '../render/render-html.js';
import type { CountySummaryView } from './county-summary.js';

export const COUNTY_SUMMARY_TEMPLATE = 'county-summary.hbs';

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
 * fonts, styles.css and brand.css) and rendered in strict mode like them.
 */
export async function renderCountySummary(view: CountySummaryView, templates: TemplateSet, overrideDir: string | undefined): Promise<string> {
  const { file, text } = await templateText(overrideDir);
  try {
    const template = Handlebars.create().compile(text, { strict: true, preventIndent: true });
    return template({ ...view, assets: { fontCss: templates.fontCss, styles: templates.styles, brandCss: templates.brandCss } });
  } catch (error) {
    throw new AssessError(`The template ${file} could not be used: ${error instanceof Error ? error.message : String(error)}`, ExitCode.badInput, {
      location: { file },
      fix: `Compare it with the bundled ${COUNTY_SUMMARY_TEMPLATE}: field names must match the summary's data (see README, "A county of assessments").`,
    });
  }
}
