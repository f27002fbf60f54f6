/** The diff as aligned plain-text tables for a terminal, coloured only when asked to (a TTY without NO_COLOR). */
import type { DiffReport, DiffSection } from '../report-types.js';
import type { Tone } from '../types.js';

const ANSI = { bold: '\x1b[1m', better: '\x1b[32m', worse: '\x1b[31m', reset: '\x1b[0m' } as const;

/** Whether stdout should get ANSI colour: a terminal, and the user has not set NO_COLOR (no-color.org). */
export function useColour(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  // As the logs do: a terminal that says it is dumb (TERM=dumb) shows escape codes as text.
  return isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '') && env.TERM !== 'dumb';
}

function paint(text: string, tone: Tone | 'bold', colour: boolean): string {
  if (!colour || tone === 'none' || text.trim() === '') return text;
  return `${ANSI[tone]}${text}${ANSI.reset}`;
}

/** Pads on the side its alignment needs; colour is added after padding so it never skews the columns. */
function table(section: DiffSection, colour: boolean): string[] {
  const grid = [section.headers, ...section.rows.map((row) => [row.label, ...row.cells.map((c) => c.text)])];
  const widths = section.headers.map((_, column) => Math.max(...grid.map((cells) => (cells[column] ?? '').length)));
  const line = (cells: readonly string[], tones: readonly Tone[]): string => {
    const padded = cells.map((text, column) => {
      const width = widths[column]!;
      const aligned = section.numeric[column] ? text.padStart(width) : text.padEnd(width);
      return paint(aligned, tones[column] ?? 'none', colour);
    });
    return `  ${padded.join('  ')}`.trimEnd();
  };
  return [
    line(section.headers, []),
    `  ${widths.map((w) => '-'.repeat(w)).join('  ')}`,
    ...section.rows.map((row) => line([row.label, ...row.cells.map((c) => c.text)], ['none', ...row.cells.map((c) => c.tone)])),
  ];
}

export function terminalText(report: DiffReport, colour: boolean): string {
  const lines = [paint(report.title, 'bold', colour), report.subtitle, ...report.compared, ''];
  const unchanged: string[] = [];
  for (const section of report.sections) {
    if (section.rows.length === 0) {
      unchanged.push(section.topic);
      continue;
    }
    lines.push(paint(`${section.heading} (${section.rows.length})`, 'bold', colour), ...table(section, colour), '');
  }
  if (unchanged.length > 0 && report.differences > 0) lines.push(`No change in: ${unchanged.join(', ')}.`, '');
  for (const note of report.notes) lines.push(`Note: ${note}`);
  if (report.notes.length > 0) lines.push('');
  lines.push(paint(report.summary, 'bold', colour));
  return lines.join('\n') + '\n';
}
