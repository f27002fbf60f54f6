import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { findBrowser } from '../../src/pdf/find-browser.js';
import { launchBrowser } from '../../src/pdf/launch-browser.js';

/** The ids of the axe-core WCAG 2.1 A/AA rules an HTML page breaks, checked in the real browser. */
export async function axeViolations(html: string): Promise<string[]> {
  const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const browser = await launchBrowser(await findBrowser({ env: process.env, platform: process.platform }), () => undefined);
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    return (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => v.id);
    })) as string[];
  } finally {
    await browser.close();
  }
}
