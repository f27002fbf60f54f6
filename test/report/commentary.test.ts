import { describe, expect, it } from 'vitest';
import { bundledThemes } from '../../src/catalogue/themes.js';
import { computeFigures } from '../../src/figures/compute-figures.js';
import type { YearInputs } from '../../src/model.js';
import { loadTemplateSet } from '../../src/render/load-assets.js';
import { createRenderer } from '../../src/render/render-html.js';
import { buildReport } from '../../src/report/build-report.js';
import { commentarySections, renderCommentary, unplacedCommentary } from '../../src/report/commentary.js';
import { seedConfig, seedInput, seedPopulation, seedWards } from '../figures/seed-fixture.js';

describe('renderCommentary: Markdown only, never HTML or scripts', () => {
  it('shows raw HTML as text', () => {
    const html = renderCommentary('Before <script>alert(1)</script> after\n\n<script>alert(2)</script>\n');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('escapes an image tag with an event handler', () => {
    const html = renderCommentary('<img src=x onerror="alert(1)">');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;img src=x onerror=“alert(1)”&gt;');
  });

  it('makes no link of javascript:, data: or file: addresses', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'jav&#x61;script:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'vbscript:x']) {
      const html = renderCommentary(`[x](${url})`);
      expect(html, url).not.toContain('<a');
      expect(html, url).not.toMatch(/href/i);
    }
    expect(renderCommentary('<javascript:alert(1)>')).not.toContain('<a');
  });

  it('links web pages, e-mail addresses and places in the document', () => {
    expect(renderCommentary('[ONS](https://www.ons.gov.uk/)')).toBe('<p><a href="https://www.ons.gov.uk/">ONS</a></p>\n');
    expect(renderCommentary('[us](mailto:csp@example.org)')).toContain('<a href="mailto:csp@example.org">us</a>');
    expect(renderCommentary('[section 4](#themes)')).toContain('<a href="#themes">section 4</a>');
  });

  it('does not turn bare addresses into links', () => {
    expect(renderCommentary('See www.example.org or https://example.org')).not.toContain('<a');
  });

  it('shows an image as its description and fetches nothing', () => {
    const html = renderCommentary('![Map of <hotspots>](https://example.org/map.png)');
    expect(html).toBe('<p>Map of &lt;hotspots&gt;</p>\n');
  });

  it('renders emphasis, lists and curly quotes', () => {
    const html = renderCommentary('*Read* this **first**:\n\n- one\n- "two" and \'three\'\n\n1. first\n');
    expect(html).toContain('<em>Read</em> this <strong>first</strong>:');
    expect(html).toContain('<ul>\n<li>one</li>\n<li>“two” and ‘three’</li>\n</ul>');
    expect(html).toContain('<ol>\n<li>first</li>\n</ol>');
  });

  it('shifts headings below the section heading', () => {
    expect(renderCommentary('# A\n\n## B\n\n###### F')).toBe('<h3>A</h3>\n<h4>B</h4>\n<h6>F</h6>\n');
    expect(renderCommentary('# A\n\n## B', 4)).toBe('<h4>A</h4>\n<h5>B</h5>\n');
  });

  it('gives nothing for blank commentary', () => {
    expect(renderCommentary(' \n\n ')).toBe('');
  });
});

describe('commentary in the document', () => {
  const config = seedConfig({ themes: bundledThemes });
  const input = seedInput(config);
  const figures = computeFigures(input);
  const inputs: YearInputs = { observations: [], population: seedPopulation, wards: seedWards, sources: [], ignoredFiles: [], warnings: [], annual: input.annual, published: new Map() };
  const commentary = new Map([
    ['summary', '# Board questions\n\nWhy **now**? <script>x</script>'],
    ['acquisitive', '# Shops\n\nRetail crime *analyst text*.'],
    ['overview', '   '],
  ]);
  const view = buildReport({ config, figures, inputs, year: 2012, documentDate: '2013-04-26', dataFolder: 'data/2012', commentary });

  it('renders each section at its own heading level', () => {
    expect(view.commentary.summary).toContain('<h3>Board questions</h3>');
    expect(view.commentary).not.toHaveProperty('overview');
    const theme = view.themes.find((t) => t.anchor === 'theme-acquisitive')!;
    expect(theme.commentary).toBe('<h4>Shops</h4>\n<p>Retail crime <em>analyst text</em>.</p>\n');
    expect(view.themes.filter((t) => t.commentary !== undefined)).toHaveLength(1);
  });

  it('is placed after the generated text of its section, labelled, by the bundled templates (strict mode)', async () => {
    const html = createRenderer(await loadTemplateSet())(view);
    const summary = html.slice(html.indexOf('<section id="summary"'), html.indexOf('<section id="overview"'));
    expect(summary.indexOf('class="key-facts"')).toBeLessThan(summary.indexOf('<div class="commentary">'));
    expect(summary).toContain('<p class="commentary-label">Analyst’s commentary</p>');
    const start = html.indexOf('<section id="theme-acquisitive"');
    const theme = html.slice(start, html.indexOf('<section id="theme-', start + 1));
    expect(theme.indexOf('<h4>Shops</h4>')).toBeGreaterThan(theme.lastIndexOf('class="measure"'));
    expect(html).not.toMatch(/<script/i);
    expect(html.match(/class="commentary"/g)).toHaveLength(2);
  });

  it('renders without commentary (no field is missing in strict mode)', async () => {
    const plain = buildReport({ config, figures, inputs, year: 2012, documentDate: '2013-04-26', dataFolder: 'data/2012' });
    expect(plain.commentary).toEqual({});
    expect(createRenderer(await loadTemplateSet())(plain)).not.toContain('class="commentary"');
  });

  it('lists every section a file may be named after', () => {
    expect(commentarySections(config)).toEqual(['introduction', 'summary', 'overview', 'methodology', ...bundledThemes.map((t) => t.id)]);
  });

  it('warns when a theme with commentary has no section this year', () => {
    const files = new Map([['fire', { file: 'commentary/fire.md' }], ['acquisitive', { file: 'commentary/acquisitive.md' }]]);
    expect(unplacedCommentary(files, config, figures)).toEqual([
      { file: 'commentary/fire.md', message: 'This commentary is not shown: the document has no "Fire" section this year, as there are no figures for its measures.' },
    ]);
  });
});
