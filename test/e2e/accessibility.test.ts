import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/commands/build.js';
import { findBrowser } from '../../src/pdf/find-browser.js';
import { launchBrowser } from '../../src/pdf/launch-browser.js';
import { ROOT } from './sample-data.js';
import { tempDir } from '../temp-dir.js';

interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[] }[] }

describe('the HTML twin', () => {
  let browser: Browser;
  let html: string;

  beforeAll(async () => {
    const out = await tempDir('axe');
    const result = await build({ year: '2024', out, date: '2024-11-20', draft: true, cwd: ROOT, env: process.env, log: () => undefined });
    html = await readFile(result.files.find((f) => f.endsWith('.html'))!, 'utf8');
    browser = await launchBrowser(await findBrowser({ env: process.env, platform: process.platform }), () => undefined);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('passes axe-core WCAG 2.1 AA with no violations', async () => {
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const page = await browser.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      await page.addScriptTag({ content: axeSource });
      const violations = (await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
        const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return results.violations;
      })) as AxeViolation[];
      const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('says in words what the colours say', () => {
    expect(html).toContain('<span class="visually-hidden"> (worse than the previous 12 months, statistically significant)</span>');
    expect(html).toContain('<span class="visually-hidden"> (better than the Wealdshire rate, statistically significant)</span>');
  });

  it('marks a draft on the cover and on every page', () => {
    expect(html).toContain('<p class="cover-draft">Draft: not for publication</p>');
    expect(html).toContain('<div class="draft-mark" aria-hidden="true"></div>');
  });
});
