import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/commands/build.js';
import { readPdfText } from '../../src/pdf/read-pdf.js';
import { ROOT } from './sample-data.js';

/** The sample's commentary files (scripts/sample-data/commentary.ts), read as the analyst wrote them. */
const SUMMARY = 'The partnership board asked for three points to be drawn out of the 2024 figures';
const DOMESTIC_ABUSE = 'Reading the domestic abuse figures';

describe('analyst commentary in the sample build', () => {
  let out: string;
  let result: BuildResult;
  let text: string;
  let html: string;

  beforeAll(async () => {
    out = await mkdtemp(path.join(os.tmpdir(), 'assess-commentary-'));
    result = await build({ year: '2024', out, date: '2024-11-20', cwd: ROOT, env: process.env, log: () => undefined });
    const file = (suffix: string): string => result.files.find((f) => f.endsWith(suffix))!;
    text = (await readPdfText(new Uint8Array(await readFile(file('.pdf'))))).join(' ');
    html = await readFile(file('.html'), 'utf8');
  });

  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('prints the summary commentary after the key facts, before the next section', () => {
    const keyFacts = text.indexOf('They should be read in the context of the sections that follow.');
    const commentary = text.indexOf(SUMMARY);
    expect(keyFacts).toBeGreaterThan(0);
    expect(commentary).toBeGreaterThan(keyFacts);
    expect(commentary).toBeLessThan(text.lastIndexOf('3. Crime overview: annual changes'));
    expect(text).toContain('read each measure’s chart before its table.');
    expect(text.slice(keyFacts, commentary)).toMatch(/analyst’s commentary synthetic sample commentary[^.]*\.\s*$/i);
  });

  it('prints the theme commentary after the theme’s measures, before the next theme', () => {
    const theme = text.search(/4\.\d+ Domestic abuse Domestic abuse incidents and repeat victims/);
    const end = theme + text.slice(theme).search(/4\.\d+ Fire Accidental/);
    const chunk = text.slice(theme, end);
    const measures = [...chunk.matchAll(/4\.\d+\.\d+ /g)];
    expect(theme).toBeGreaterThan(0);
    expect(measures.length).toBeGreaterThan(0);
    // After the last measure's heading, and after its generated sentence.
    const commentary = chunk.indexOf(DOMESTIC_ABUSE);
    expect(commentary).toBeGreaterThan(measures.at(-1)!.index);
    expect(commentary).toBeGreaterThan(chunk.lastIndexOf('Medbury ranks'));
    expect(chunk.slice(0, commentary)).toMatch(/analyst’s commentary synthetic sample commentary[^.]*\.\s*$/i);
  });

  it('renders the Markdown in the HTML twin, with no script and no warning', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<h4>Reading the domestic abuse figures</h4>');
    expect(html).toContain('<li><strong>Trends first</strong>: read each measure’s chart before its table.</li>');
    expect(html).toContain('<a href="mailto:community.safety@example.org">community.safety@example.org</a>');
    expect(html.match(/<p class="commentary-label">Analyst’s commentary<\/p>/g)).toHaveLength(2);
    expect(result.warnings.filter((w) => w.includes('commentary'))).toEqual([]);
  });
});
