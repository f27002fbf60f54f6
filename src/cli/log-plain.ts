import { utcSecond, type ErrorReport, type LogOutput, type Logger, type Summary } from './log-types.js';
import { Milestones, progressText } from './progress-bar.js';

/**
 * For cron mail and CI logs: every line stamped with the UTC time, and a long task as a few
 * lines (start, each quarter, end) rather than one per step.
 * Error blocks are printed exactly as on a terminal, unstamped, so that "file:line:column:
 * message" starts its line for CI problem matchers and editors.
 */
export class PlainLogger implements Logger {
  private readonly milestones = new Milestones(4);

  constructor(private readonly out: LogOutput) {}

  info(message: string): void {
    this.stamped(message);
  }

  progress(task: string, done: number, total: number): void {
    if (this.milestones.passed(task, done, total)) this.stamped(progressText(task, done, total));
  }

  summary(summary: Summary): void {
    this.stamped(summary.text);
  }

  error(report: ErrorReport): void {
    this.out.write(report.text);
  }

  finish(): void {}

  private stamped(text: string): void {
    if (text === '') return;
    const time = utcSecond(this.out.now());
    const lines = text.replace(/\n$/, '').split('\n');
    this.out.write(lines.map((line) => `${time} ${line}\n`).join(''));
  }
}
