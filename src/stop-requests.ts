import { AssessError } from './errors.js';

/**
 * How a command stops when asked to (a signal, through src/cli/interrupts.ts): it checks at its steps,
 * stops waiting for work that writes nothing, and has the browser closed under a print, and every
 * `finally` on the way out runs, so the lock, the temporary folder and the browser all go.
 */

/** Calls `stop` once when the signal is aborted; returns what removes it again. */
export function onStopRequest(signal: AbortSignal | undefined, stop: () => void): () => void {
  if (signal === undefined) return () => undefined;
  if (signal.aborted) {
    stop();
    return () => undefined;
  }
  signal.addEventListener('abort', stop, { once: true });
  return () => signal.removeEventListener('abort', stop);
}

/**
 * The work's result, or the stop request as soon as there is one. Only for work that writes
 * nothing (reading): it goes on unwatched until the process ends.
 */
export function unlessStopped<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return work;
  let remove = (): void => undefined;
  const stopped = new Promise<never>((_resolve, reject) => {
    remove = onStopRequest(signal, () => reject(signal.reason));
  });
  return Promise.race([work, stopped]).finally(remove);
}

/** `say`, silenced once a stop is asked for: work left running unwatched must not go on reporting. */
export function silencedByStop<A extends unknown[]>(say: (...args: A) => void, signal: AbortSignal | undefined): (...args: A) => void {
  return (...args) => {
    if (signal?.aborted !== true) say(...args);
  };
}

/**
 * What a command that was asked to stop reports instead of whatever failed on the way out (the
 * print whose browser was closed under it): the stop, with what it left.
 */
export function asStopped(error: unknown, signal: AbortSignal | undefined, left: string): unknown {
  if (signal?.aborted !== true || !(signal.reason instanceof AssessError)) return error;
  const reason = signal.reason;
  return new AssessError(`${reason.message}: ${left}`, reason.exitCode);
}
