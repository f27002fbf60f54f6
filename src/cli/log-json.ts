import { utcSecond, type ErrorReport, type LogOutput, type Logger, type Summary } from './log-types.js';
import { Milestones, progressText } from './progress-bar.js';

/**
 * For schedulers: one JSON object per line, {"time","level","event","message",...}. Progress is
 * thinned to each tenth of a task, so a year of street-level files is eleven events, not thousands.
 */
export class JsonLogger implements Logger {
  private readonly milestones = new Milestones(10);

  constructor(private readonly out: LogOutput) {}

  info(message: string): void {
    this.event('info', 'message', message, {});
  }

  progress(task: string, done: number, total: number): void {
    if (this.milestones.passed(task, done, total)) this.event('info', 'progress', progressText(task, done, total), { task, done, total });
  }

  summary(summary: Summary): void {
    this.event('info', 'summary', summary.message, summary.fields);
  }

  error(report: ErrorReport): void {
    for (const { message, ...fields } of report.records) this.event('error', 'error', message, { ...fields, exit_code: report.exitCode });
  }

  finish(): void {}

  private event(level: 'info' | 'error', event: string, message: string, fields: Record<string, unknown>): void {
    this.out.write(`${JSON.stringify({ time: utcSecond(this.out.now()), level, event, message, ...fields })}\n`);
  }
}
