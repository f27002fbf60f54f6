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
  /** Template file ('layout.hbs', 'partials/cover.hbs') -> the path it was read from. */
  paths?: Record<string, string>;
}

export type HtmlRenderer<View extends object = ReportView> = (view: View) => string;

/**
 * One Handlebars environment per template set, compiled once. Strict mode makes a template
 * that names a missing field fail loudly instead of printing nothing. All view text is
 * escaped by Handlebars; only the CSS and font assets are inserted raw.
 */
export function createRenderer<View extends object = ReportView>(templates: TemplateSet): HtmlRenderer<View> {
  const handlebars = Handlebars.create();
  const options = { strict: true, preventIndent: true };
  const fileOf = (key: string): string => templates.paths?.[key] ?? `${templates.source}/${key}`;
  // Handlebars compiles lazily; parsing now reports a syntax error before any work is done, and
  // wrapping each template names the file a missing field is in when it renders.
  const compile = (key: string, source: string): Handlebars.TemplateDelegate => {
    let parsed: hbs.AST.Program;
    try {
      parsed = handlebars.parse(source);
    } catch (error) {
      throw templateError(fileOf(key), error);
    }
    // Compiled from the tree just parsed, not parsed again from the text.
    const template = handlebars.compile(parsed, options);
    return (context, runtime) => {
      try {
        return template(context, runtime);
      } catch (error) {
        throw templateError(fileOf(key), error);
      }
    };
  };
  for (const [name, source] of Object.entries(templates.partials)) handlebars.registerPartial(name, compile(`partials/${name}.hbs`, source));
  const layout = compile('layout.hbs', templates.layout);
  const assets = { fontCss: templates.fontCss, styles: templates.styles, brandCss: templates.brandCss, logoDataUrl: templates.logoDataUrl };
  return (view) => layout({ ...view, assets });
}

function templateError(file: string, error: unknown): AssessError {
  if (error instanceof AssessError) return error;
  const message = (error instanceof Error ? error.message : String(error)).replace(/ in \[object Object\]/, '');
  return new AssessError(`The template ${file} could not be used: ${message}`, ExitCode.badInput, {
    location: { file },
    fix: 'Compare it with the bundled templates/ folder: field names must match the report data (see README, "Branding").',
  });
}
