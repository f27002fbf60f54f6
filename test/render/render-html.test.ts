import { describe, expect, it } from 'vitest';
import { AssessError } from '../../src/errors.js';
import { createRenderer, type TemplateSet } from '../../src/render/render-html.js';
import type { ReportView } from '../../src/report/view-types.js';

function templates(layout: string, partials: Record<string, string> = {}): TemplateSet {
  return { layout, partials, styles: 'p{}', brandCss: '', logoDataUrl: '', fontCss: '', source: 'test-templates' };
}

const view = { title: 'Strategic Assessment 2023-24', partnership: 'Safer <Medbury> & Co' } as unknown as ReportView;

describe('createRenderer', () => {
  it('escapes every text field from the view', () => {
    const html = createRenderer(templates('<h1>{{title}}</h1>{{> by}}', { by: '<p>{{partnership}}</p>' }))(view);
    expect(html).toBe('<h1>Strategic Assessment 2023-24</h1><p>Safer &lt;Medbury&gt; &amp; Co</p>');
  });

  it('fails loudly, naming the template file, when a template uses a field the report does not have', () => {
    const render = createRenderer(templates('<h1>{{title}}</h1>{{> cover}}', { cover: '<p>\n{{partnershp}}</p>' }));
    expect(() => render(view)).toThrow(AssessError);
    expect(() => render(view)).toThrow('The template test-templates/partials/cover.hbs could not be used: "partnershp" not defined - 2:2');
  });

  it('reports a syntax error in a template with its line before rendering anything', () => {
    const error = (() => {
      try {
        createRenderer(templates('<h1>{{title}}</h1>\n{{#if draft}}<p>draft</p>'));
      } catch (e) {
        return e as AssessError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(AssessError);
    expect(error!.message).toMatch(/^The template test-templates\/layout\.hbs could not be used: Parse error on line 2:/);
  });

  it('passes the styles as assets, unescaped', () => {
    expect(createRenderer(templates('<style>{{{assets.styles}}}</style>'))(view)).toBe('<style>p{}</style>');
  });
});
