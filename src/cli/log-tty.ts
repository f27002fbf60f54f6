import type { ErrorReport, LogOutput, Logger, Summary } from './log-types.js';
import { knownTotal, percent, progressLine } from './progress-bar.js';

/** Back to the start of the line; the rest of the line is then erased after the new text. */
const RETURN = '\r';
const ERASE_REST = '\x1b[K';
/** A redraw at most this often, unless the task or its percentage changed. */
const REDRAW_MS = 100;

export interface TerminalOutput extends LogOutput {
  columns(): number;
  colour: boolean;
}

interface ActiveTask {
  task: string;
  done: number;
  total: number;
}

/**
 * For a person at a terminal: messages as lines, a long task as one line redrawn in place
 * beneath them and erased when the task ends.
 */
export class TerminalLogger implements Logger {
  /** The task whose line is on screen, beneath everything else; none when nothing is drawn. */
  private active: ActiveTask | undefined;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private frame = 0;

  constructor(private readonly out: TerminalOutput) {}

  info(message: string): void {
    this.above(`${message}\n`);
  }

  progress(task: string, done: number, total: number): void {
    if (knownTotal(total) && done >= total) {
      // One line is drawn at a time: the end of another task leaves the current one alone.
      if (this.active === undefined || this.active.task === task) this.finish();
      return;
    }
    const previous = this.active;
    this.active = { task, done, total };
    const now = this.out.now().getTime();
    const moved = previous?.task !== task || (knownTotal(total) && percent(done, total) !== percent(previous.done, previous.total));
    if (!moved && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.frame += 1;
    this.draw();
  }

  summary(summary: Summary): void {
    this.finish();
    this.out.write(summary.text);
  }

  error(report: ErrorReport): void {
    this.finish();
    this.out.write(this.out.colour ? report.text.replace(/^(internal )?error:/, '\x1b[1;31m$&\x1b[22;39m') : report.text);
  }

  finish(): void {
    this.erase();
    this.active = undefined;
  }

  /** Writes lines above the progress line, which is drawn again beneath them. */
  private above(text: string): void {
    this.erase();
    this.out.write(text);
    if (this.active !== undefined) this.draw();
  }

  private draw(): void {
    const { task, done, total } = this.active!;
    const line = progressLine(task, done, total, { columns: this.out.columns(), colour: this.out.colour, frame: this.frame });
    this.out.write(`${RETURN}${line}${ERASE_REST}`);
  }

  /** A task's first call always draws its line, so an active task is one on screen. */
  private erase(): void {
    if (this.active !== undefined) this.out.write(`${RETURN}${ERASE_REST}`);
  }
}
