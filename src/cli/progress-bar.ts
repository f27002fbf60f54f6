/**
 * How progress is shown: on a terminal, one line with a bar (or a spinner when the total is not
 * known) that is redrawn in place; in a plain or JSON log, only a few milestones of it.
 */

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const FILLED = '█';
const EMPTY = '░';
const MIN_BAR = 10;
const MAX_BAR = 30;

export function knownTotal(total: number): boolean {
  return Number.isFinite(total) && total > 0;
}

export function percent(done: number, total: number): number {
  return Math.floor((100 * Math.min(Math.max(done, 0), total)) / total);
}

/** The words of a progress milestone in a log: "Reading data files: 60/240 (25%)". */
export function progressText(task: string, done: number, total: number): string {
  return knownTotal(total) ? `${task}: ${done}/${total} (${percent(done, total)}%)` : `${task}: ${done}`;
}

export interface LineStyle {
  /** Terminal columns: the line is kept narrower, as a wrapped line cannot be redrawn. */
  columns: number;
  /** Colours the bar (not with NO_COLOR). */
  colour: boolean;
  /** Which spinner frame to show. */
  frame: number;
}

/** The terminal line: "Reading data files [████░░░░░░] 60/240 25%", or "⠹ Printing 3". */
export function progressLine(task: string, done: number, total: number, style: LineStyle): string {
  const room = Math.max(style.columns - 1, 20);
  if (!knownTotal(total)) return clip(`${SPINNER[style.frame % SPINNER.length]} ${task} ${done}`, room);
  const counts = ` ${done}/${total} ${percent(done, total)}%`;
  // The bar takes what the task name leaves, between MIN_BAR and MAX_BAR cells.
  const cells = Math.min(MAX_BAR, Math.max(MIN_BAR, room - task.length - counts.length - 3));
  const name = clip(task, room - cells - counts.length - 3);
  if (name === '') return clip(`${task}${counts}`, room);
  // Rounded down, so that the bar is full only when the task is.
  const filled = Math.floor((cells * percent(done, total)) / 100);
  const bar = paint(FILLED.repeat(filled), style.colour) + EMPTY.repeat(cells - filled);
  return `${name} [${bar}]${counts}`;
}

function paint(text: string, colour: boolean): string {
  return colour && text !== '' ? `\x1b[36m${text}\x1b[39m` : text;
}

function clip(text: string, width: number): string {
  if (width <= 1) return '';
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/**
 * Thins a stream of progress calls to milestones: the first call, each further 1/steps of the
 * total, and the end; without a total, each tenfold count (1, 10, 100, ...). A task whose count
 * goes back down has started again.
 */
export class Milestones {
  private readonly reached = new Map<string, { step: number; done: number }>();

  constructor(private readonly steps: number) {}

  passed(task: string, done: number, total: number): boolean {
    const step = knownTotal(total) ? Math.floor((this.steps * percent(done, total)) / 100) : decade(done);
    const last = this.reached.get(task);
    if (last !== undefined && done >= last.done && step <= last.step) {
      last.done = done;
      return false;
    }
    this.reached.set(task, { step, done });
    return true;
  }
}

function decade(count: number): number {
  return count < 1 ? 0 : Math.floor(Math.log10(count)) + 1;
}
