import Handlebars from 'handlebars';
import { AssessError, ExitCode } from '../errors.js';
import type { ReportView } from '../report/view-types.js';

export interface TemplateSet {
  layout: string;
  partials: Record<string, string>;
  styles: string;
  brandCss: string;
  logoDataUrl: string;
  fontCss: string;
  /** Folder the templates came from, for error messages. */
  source: string;
}

export type HtmlRenderer = (view: ReportView) => string;

/**
 * One Handlebars environment per template set, compiled once. Strict mode makes a template
 * that names a missing field fail loudly instead of printing nothing. All view text is
 * escaped by Handlebars; only the CSS and font assets are inserted raw.
 */
export function createRenderer(templates: TemplateSet): HtmlRenderer {
  const handlebars = Handlebars.create();
  const options = { strict: true, preventIndent: true };
  try {
    for (const [name, source] of Object.entries(templates.partials)) handlebars.registerPartial(name, handlebars.compile(source, options));
    const layout = handlebars.compile(templates.layout, options);
    const assets = { fontCss: templates.fontCss, styles: templates.styles, brandCss: templates.brandCss, logoDataUrl: templates.logoDataUrl };
    return (view) => {
      try {
        return layout({ ...view, assets });
      } catch (error) {
        throw templateError(templates.source, error);
      }
    };
  } catch (error) {
    throw templateError(templates.source, error);
  }
}

function templateError(source: string, error: unknown): AssessError {
  if (error instanceof AssessError) return error;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new AssessError(`A template in ${source} could not be used: ${message}`, ExitCode.badInput, {
    fix: 'Check the template against the bundled templates/ folder: field names must match the report data (see README, "Branding").',
  });
}
