import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/commands/build.js';
import { readPdfLayout, readPdfText } from '../../src/pdf/read-pdf.js';
import { ROOT } from './sample-data.js';
import { tempDir } from '../temp-dir.js';

/** The sample's scoring sheet, read directly (not through assess): theme -> its cells. */
async function sheet(): Promise<Map<string, string[]>> {
  const lines = (await readFile(path.join(ROOT, 'data/2024/priority-scores.csv'), 'utf8')).trim().split('\n').slice(1);
  return new Map(lines.map((line) => line.split(',')).map(([theme, ...cells]) => [theme!, cells]));
}

describe('the priorities section of the sample build', () => {
  let text: string;
  let pages: string[];
  let headingPages: Map<string, number>;

  beforeAll(async () => {
    const out = await tempDir('e2e-priorities');
    const result = await build({ year: '2024', out, date: '2024-11-20', cwd: ROOT, env: process.env, log: () => undefined });
    const pdf = new Uint8Array(await readFile(result.files.find((f) => f.endsWith('.pdf'))!));
    pages = await readPdfText(pdf);
    text = pages.join(' ');
    headingPages = (await readPdfLayout(pdf)).headingPages;
  });

  it('prints section 5 before the methodology, and lists it in the contents with its page', () => {
    const page = headingPages.get('5. Priorities')!;
    expect(page).toBeGreaterThan(2);
    expect(page).toBeLessThan(headingPages.get('6. Methodology and information sources')!);
    expect(pages[1]).toContain(`5. Priorities ${page}`);
    expect(pages[page - 1]).toContain('5.1 Progress on last year\'s priorities');
  });

  it('reviews last year\'s priorities measure by measure', () => {
    expect(text).toMatch(/Tackle domestic abuse Domestic abuse – number of incidents [\d,]+ [\d,]+ [+-][\d,]+ [+-][\d.]+% (Rising|Falling) \(no better direction\)/);
    expect(text).toMatch(/Shoplifting [\d,]+ [\d,]+ [+-][\d,]+ [+-][\d.]+% (Improving|Worsening)( \(significant\))? (Better than|Worse than|Similar to) Wealdshire/);
  });

  it('writes out each theme\'s total: the sheet\'s scores times the configured weights, plus the computed factors', async () => {
    const [harm, likelihood, organisational, confidence, resident] = (await sheet()).get('domestic_abuse')!;
    const pattern = new RegExp(`Domestic abuse: 3×${harm} \\+ 2×${likelihood} \\+ 1×${organisational} \\+ 1×${confidence} \\+ 1×(\\d) \\+ 2×(\\d) \\+ 2×(\\d) \\+ 1×(\\d) \\+ 1×${resident} = (\\d+)`);
    const match = pattern.exec(text);
    expect(match, 'the arithmetic of Domestic abuse').not.toBeNull();
    const [volume, trend, position, significance, total] = match!.slice(1).map(Number) as [number, number, number, number, number];
    expect(3 * Number(harm) + 2 * Number(likelihood) + Number(organisational) + Number(confidence) + volume + 2 * trend + 2 * position + significance + Number(resident)).toBe(total);
    // The matrix row shows the same scores and total.
    expect(text).toContain(`Domestic abuse ${harm} ${likelihood} ${organisational} ${confidence} ${volume} ${trend} ${position} ${significance} ${resident} ${total}`);
  });

  it('recommends the four top-ranked themes, each with its reasons', () => {
    const page = headingPages.get('5.3 Recommended priorities')!;
    const section = pages.slice(page - 1).join(' ');
    for (const [i, ordinal] of ['1st', '2nd', '3rd', '4th'].entries()) {
      expect(section).toMatch(new RegExp(`${i + 1}\\. [A-Z][^:]+ ?: Ranked ${ordinal} of 11 with \\d+(\\.\\d)? points, the most from `));
    }
    expect(section).not.toMatch(/Ranked 5th of 11/);
  });
});
