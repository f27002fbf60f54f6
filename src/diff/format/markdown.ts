/** The diff as Markdown: a heading per category and a GitHub table, for issues, wikis and e-mail. */
import type { DiffReport, DiffSection } from '../report-types.js';

/** A table cell: pipes escaped, line breaks flattened, so a label can never break the table. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(section: DiffSection): string[] {
  const row = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [
    row(section.headers),
    `|${section.numeric.map((numeric) => (numeric ? ' --: ' : ' --- ')).join('|')}|`,
    ...section.rows.map((r) => row([r.label, ...r.cells.map((c) => c.text)])),
  ];
}

export function markdownText(report: DiffReport): string {
  const lines = [`# ${report.title}`, '', report.subtitle, '', ...report.compared.map((line) => `- ${line}`), '', `**${report.summary}**`, ''];
  for (const section of report.sections) {
    lines.push(`## ${section.heading} (${section.rows.length})`, '');
    if (section.rows.length === 0) {
      lines.push(section.empty, '');
      continue;
    }
    lines.push(section.intro, '', ...table(section), '');
  }
  if (report.notes.length > 0) lines.push('## Notes', '', ...report.notes.map((note) => `- ${note}`), '');
  return lines.join('\n');
}
