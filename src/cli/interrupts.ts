import { AssessError, ExitCode } from '../errors.js';

/**
 * The signals that ask a run to stop: Ctrl-C and a scheduler's time limit (cron's kill, systemd's
 * TimeoutStartSec). A build that dies of one at once would leave its lock, its half-written folder
 * and its browser's profile behind, and a killed browser reads as a crash ("worth one retry"), so
 * the first one is turned into an orderly stop that cleans up.
 *
 * Not SIGHUP: a terminal that has closed cannot take the message a stop writes, and writing it
 * there fails mid-clean-up. A closed terminal ends a build as `kill -9` does; the next cleans up.
 */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

const STOPPED_BY: Record<StopSignal, { name: string; exitCode: ExitCode; again: string }> = {
  SIGINT: { name: 'Ctrl-C (SIGINT)', exitCode: ExitCode.interrupted, again: ' (press Ctrl-C again to stop at once, leaving that to the next run)' },
  SIGTERM: { name: 'a request to stop (SIGTERM)', exitCode: ExitCode.terminated, again: '' },
};

/** What the watcher needs of the process: `process` itself, or a stand-in in tests. */
export interface SignalTarget {
  on(signal: StopSignal, listener: () => void): unknown;
  off(signal: StopSignal, listener: () => void): unknown;
  /** Sends the signal again once our listeners are gone, so its default action ends the process. */
  kill(pid: number, signal: StopSignal): unknown;
  readonly pid: number;
}

export interface Interrupts {
  /** Aborted at the first stop signal; its reason is an AssessError with the signal's exit code. */
  readonly signal: AbortSignal;
  /** Gives the signals back their default action. */
  stop(): void;
}

/** Whether an error is a stop asked for by a signal, whose exit code no command overrides. */
export const isStopRequest = (error: unknown): error is AssessError => error instanceof AssessError && error.exitCode >= 128;

/**
 * Watches for stop signals while a command that can stop cleanly runs. The first aborts `signal`
 * and says what happens next; a second, for someone who cannot wait for the clean-up, ends the
 * process at once as the signal would have without us.
 */
export function watchInterrupts(log: (message: string) => void, target: SignalTarget = process): Interrupts {
  const controller = new AbortController();
  const listeners = STOP_SIGNALS.map((signal) => [signal, () => received(signal)] as const);
  const stop = (): void => {
    for (const [signal, listener] of listeners) target.off(signal, listener);
  };
  const received = (signal: StopSignal): void => {
    if (controller.signal.aborted) {
      stop();
      target.kill(target.pid, signal);
      return;
    }
    const { name, exitCode, again } = STOPPED_BY[signal];
    log(`Stopping: ${name} received. Undoing what this run had begun${again}.`);
    controller.abort(new AssessError(`Stopped by ${name}`, exitCode));
  };
  for (const [signal, listener] of listeners) target.on(signal, listener);
  return { signal: controller.signal, stop };
}
