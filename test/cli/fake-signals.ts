import { EventEmitter } from 'node:events';
import type { SignalTarget, StopSignal } from '../../src/cli/interrupts.js';

/** A stand-in for the process's signals (CliIo.signals): signals are sent by hand, and what is sent back is recorded. */
export function fakeSignals(): SignalTarget & { emit: (signal: StopSignal) => void; listening: () => number; names: () => (string | symbol)[]; sent: [number, StopSignal][] } {
  const events = new EventEmitter();
  const sent: [number, StopSignal][] = [];
  return {
    pid: 4242,
    on: (signal, listener) => events.on(signal, listener),
    off: (signal, listener) => events.off(signal, listener),
    kill: (pid, signal) => sent.push([pid, signal]),
    emit: (signal) => void events.emit(signal),
    listening: () => events.listenerCount('SIGINT') + events.listenerCount('SIGTERM'),
    names: () => events.eventNames(),
    sent,
  };
}
