/**
 * Analyst commentary: Markdown written by the partnership's analyst, shown after the generated
 * text of a section. The text comes from a file anyone with access to the data folder can edit,
 * so it is rendered as Markdown only: raw HTML is shown as text, links may only go to web pages,
 * e-mail addresses or places in the document, and images are replaced by their description.
 */
import MarkdownIt from 'markdown-it';
import type { AssessConfig, Figures } from '../model.js';

/** Sections other than the themes that may carry commentary, in document order. */
export const COMMENTARY_SECTIONS = ['introduction', 'summary', 'overview', 'methodology'] as const;

/** Every section name a commentary file may have: the fixed sections, then each theme's id. */
export function commentarySections(config: Pick<AssessConfig, 'themes'>): string[] {
  return [...COMMENTARY_SECTIONS, ...config.themes.map((theme) => theme.id)];
}

/** http(s), mailto and in-document anchors: nothing that runs code or reads local files. */
const SAFE_LINK = /^(https?:\/\/|mailto:|#)/i;

interface RenderEnv {
  /** The level an analyst's "# Heading" is rendered at. */
  topLevel: number;
}

function createMarkdown(): MarkdownIt {
  const md = new MarkdownIt('default', {
    html: false,
    linkify: false,
    typographer: true,
    // GOV.UK style: double quotes, single quotes for quotes within quotes; curly, as printed.
    quotes: '“”‘’',
  });
  md.validateLink = (url) => SAFE_LINK.test(url.trim());
  // The document is printed offline and must not fetch anything, so an image shows its description.
  md.renderer.rules.image = (tokens, idx, options, env, self) => md.utils.escapeHtml(self.renderInlineAsText(tokens[idx]!.children ?? [], options, env));
  // Headings sit below the section's own heading, so the document outline (and axe's
  // heading-order check) stays valid whatever levels the analyst used.
  md.core.ruler.push('shift_headings', (state) => {
    const { topLevel } = state.env as RenderEnv;
    for (const token of state.tokens) {
      if (token.type !== 'heading_open' && token.type !== 'heading_close') continue;
      const level = Number(token.tag.slice(1));
      token.tag = `h${Math.min(6, level + topLevel - 1)}`;
    }
  });
  return md;
}

const markdown = createMarkdown();

/**
 * Trusted HTML for the templates (inserted unescaped). `topLevel` is the heading level an
 * analyst's "# Heading" becomes: 3 under a section's h2, 4 under a theme's h3.
 */
export function renderCommentary(text: string, topLevel = 3): string {
  if (text.trim() === '') return '';
  const env: RenderEnv = { topLevel };
  return markdown.render(text, env);
}

/**
 * Each section's commentary rendered, keyed by section id; sections with no (or blank)
 * commentary have no key. Theme ids are rendered a level deeper, under the theme's h3.
 */
export function renderSectionCommentary(commentary: ReadonlyMap<string, string> | undefined, themeIds: ReadonlySet<string>): Map<string, string> {
  const rendered = new Map<string, string>();
  for (const [section, text] of commentary ?? []) {
    const html = renderCommentary(text, themeIds.has(section) ? 4 : 3);
    if (html !== '') rendered.set(section, html);
  }
  return rendered;
}

/**
 * Warnings for theme commentary that will not be shown because the theme has no section this
 * year. A theme is shown when the home district has a figure for one of its measures (as in
 * themeSections), so the analyst learns why the text is missing instead of hunting for it.
 */
export function unplacedCommentary(files: ReadonlyMap<string, { file: string }>, config: AssessConfig, figures: Figures): { file: string; message: string }[] {
  const withData = new Set(figures.rows.filter((r) => r.areaCode === config.area && r.values.some((v) => v !== null)).map((r) => r.measure));
  const warnings: { file: string; message: string }[] = [];
  for (const theme of config.themes) {
    const found = files.get(theme.id);
    if (found === undefined || config.measures.some((m) => m.theme === theme.id && withData.has(m.id))) continue;
    warnings.push({ file: found.file, message: `This commentary is not shown: the document has no "${theme.title}" section this year, as there are no figures for its measures.` });
  }
  return warnings;
}
