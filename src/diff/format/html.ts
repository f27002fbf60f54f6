/**
 * The diff as a short "What changed" paper for the committee: HTML from templates/diff/ with the
 * assessment's styles and fonts, and the same printed as a PDF by the assessment's printer.
 */
import { documentDates } from '../../pdf/document-dates.js';
import { renderPdf, type RenderPdfOptions } from '../../pdf/render-pdf.js';
import { withRunningHeads } from '../../pdf/running-heads.js';
import { loadTemplateSet } from '../../render/load-assets.js';
import { createRenderer } from '../../render/render-html.js';
import type { DiffReport, DiffSection } from '../report-types.js';
import type { Tone } from '../types.js';

interface HtmlCell {
  text: string;
  className: string;
  /** The shading in words, for readers who cannot see it, unless the text already says it. */
  toneText: string;
}

interface HtmlSection extends Omit<DiffSection, 'rows'> {
  count: number;
  columns: { text: string; className: string }[];
  rows: { label: string; cells: HtmlCell[] }[];
}

interface DiffHtmlView extends Omit<DiffReport, 'sections'> {
  sections: HtmlSection[];
}

function htmlCell(text: string, tone: Tone, numeric: boolean): HtmlCell {
  const says = /better|worse|improved|worsened/i.test(text);
  return { text, className: `${numeric ? '' : 'text '}tone-${tone}`, toneText: tone === 'none' || says ? '' : tone };
}

function diffHtmlView(report: DiffReport): DiffHtmlView {
  return {
    ...report,
    sections: report.sections.map((section) => ({
      ...section,
      count: section.rows.length,
      columns: section.headers.map((text, i) => ({ text, className: section.numeric[i] ? '' : 'text' })),
      rows: section.rows.map((row) => ({ label: row.label, cells: row.cells.map((c, i) => htmlCell(c.text, c.tone, section.numeric[i + 1] ?? false)) })),
    })),
  };
}

const paperTitle = (report: DiffReport): string => `${report.title} – ${report.subtitle}`;

/**
 * The paper's HTML as it prints, running header and footer included, so printed from a browser it
 * matches the PDF. `templatesDir` is a council's branding folder (--templates): its styles.css and
 * brand.css apply, and its diff/ subfolder overrides the paper's layout and partials.
 */
export async function diffHtml(report: DiffReport, templatesDir?: string): Promise<{ html: string }> {
  const templates = await loadTemplateSet(templatesDir, 'diff');
  const render = createRenderer<DiffHtmlView>(templates);
  return { html: withRunningHeads(render(diffHtmlView(report)), { title: paperTitle(report), draft: false }) };
}

export async function diffPdf(report: DiffReport, options: RenderPdfOptions, templatesDir?: string): Promise<{ pdf: Uint8Array; pageCount: number }> {
  const { html } = await diffHtml(report, templatesDir);
  // Dated like a build's PDF: SOURCE_DATE_EPOCH, else midnight UTC today, so reruns give the same bytes.
  const { pdfDate } = documentDates(undefined, undefined, options.env);
  const printed = await renderPdf({ title: paperTitle(report), draft: false, renderHtml: () => html, creationDate: pdfDate }, options);
  return { pdf: printed.pdf, pageCount: printed.pageCount };
}
