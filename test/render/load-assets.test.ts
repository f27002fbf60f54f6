import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssessError } from '../../src/errors.js';
import { loadTemplateSet } from '../../src/render/load-assets.js';
import { tempDir } from '../temp-dir.js';

describe('loadTemplateSet', () => {
  it('uses the bundled templates and inlines the packaged fonts', async () => {
    const set = await loadTemplateSet();
    expect(set.layout).toContain('<html lang="{{lang}}">');
    const names = Object.keys(set.partials);
    expect(names).toEqual(expect.arrayContaining(['chart', 'chart-data', 'contents', 'cover', 'glossary', 'hotspots', 'introduction', 'methodology', 'overview', 'summary', 'table', 'themes']));
    expect(set.fontCss.match(/@font-face/g)).toHaveLength(4);
    expect(set.fontCss).toContain('src:url(data:font/woff2;base64,');
    expect(set.brandCss).toBe('');
    expect(set.logoDataUrl).toBe('');
  });

  it('lets a council replace a partial and add brand colours and a logo, file by file', async () => {
    const dir = await tempDir('brand');
    await mkdir(path.join(dir, 'partials'));
    await writeFile(path.join(dir, 'partials', 'introduction.hbs'), '<section id="introduction"><h2>{{headings.introduction}}</h2><p>Our own words.</p></section>');
    await writeFile(path.join(dir, 'brand.css'), ':root { --accent: #6b2c91; }');
    await writeFile(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const set = await loadTemplateSet(dir);
    expect(set.partials.introduction).toContain('Our own words.');
    expect(set.partials.cover).toContain('class="cover"');
    expect(set.brandCss).toBe(':root { --accent: #6b2c91; }');
    expect(set.logoDataUrl).toBe(`data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`);
    expect(set.source).toBe(dir);
  });

  it('says so when the template folder does not exist', async () => {
    const error = await loadTemplateSet('/no/such/branding').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessError);
    expect((error as AssessError).message).toBe('Template folder not found: /no/such/branding');
  });
});
