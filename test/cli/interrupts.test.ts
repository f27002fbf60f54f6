import { describe, expect, it } from 'vitest';
import { isStopRequest, watchInterrupts } from '../../src/cli/interrupts.js';
import { stoppable, type CliIo } from '../../src/cli/program.js';
import { AssessError, ExitCode } from '../../src/errors.js';
import { fakeSignals } from './fake-signals.js';

describe('watching for stop signals', () => {
  it('turns the first Ctrl-C into a stop request with exit code 130, and says what happens next', () => {
    const target = fakeSignals();
    const logged: string[] = [];
    const interrupts = watchInterrupts((message) => logged.push(message), target);
    expect(target.listening()).toBe(2);
    expect(interrupts.signal.aborted).toBe(false);

    target.emit('SIGINT');
    expect(interrupts.signal.aborted).toBe(true);
    const reason = interrupts.signal.reason as AssessError;
    expect(reason).toBeInstanceOf(AssessError);
    expect(reason.message).toBe('Stopped by Ctrl-C (SIGINT)');
    expect(reason.exitCode).toBe(ExitCode.interrupted);
    expect(reason.exitCode).toBe(130);
    expect(isStopRequest(reason)).toBe(true);
    expect(logged).toEqual(['Stopping: Ctrl-C (SIGINT) received. Undoing what this run had begun (press Ctrl-C again to stop at once, leaving that to the next run).']);
    expect(target.sent).toEqual([]);
  });

  it('gives a scheduler\'s SIGTERM exit code 143, as a shell reports it, without offering a Ctrl-C', () => {
    const target = fakeSignals();
    const logged: string[] = [];
    const interrupts = watchInterrupts((message) => logged.push(message), target);
    target.emit('SIGTERM');
    expect((interrupts.signal.reason as AssessError).exitCode).toBe(143);
    expect((interrupts.signal.reason as AssessError).message).toBe('Stopped by a request to stop (SIGTERM)');
    expect(logged).toEqual(['Stopping: a request to stop (SIGTERM) received. Undoing what this run had begun.']);
  });

  it('leaves SIGHUP alone: a terminal that has closed cannot take the stop\'s message', () => {
    const target = fakeSignals();
    watchInterrupts(() => undefined, target);
    expect(target.names().sort()).toEqual(['SIGINT', 'SIGTERM']);
  });

  it('at a second signal, gives the signals back their default action and sends it again, to end the process at once', () => {
    const target = fakeSignals();
    const logged: string[] = [];
    const interrupts = watchInterrupts((message) => logged.push(message), target);
    target.emit('SIGINT');
    target.emit('SIGINT');
    expect(target.listening()).toBe(0);
    expect(target.sent).toEqual([[4242, 'SIGINT']]);
    expect(logged).toHaveLength(1);
    expect((interrupts.signal.reason as AssessError).exitCode).toBe(130);
  });

  it('stops watching when the command ends', () => {
    const target = fakeSignals();
    const interrupts = watchInterrupts(() => undefined, target);
    interrupts.stop();
    expect(target.listening()).toBe(0);
    target.emit('SIGTERM');
    expect(interrupts.signal.aborted).toBe(false);
  });

  it('tells a stop request from a failure by its exit code', () => {
    expect(isStopRequest(new AssessError('bad input', ExitCode.badInput))).toBe(false);
    expect(isStopRequest(new AssessError('no browser', ExitCode.noBrowser))).toBe(false);
    expect(isStopRequest(new AssessError('Stopped by a request to stop (SIGTERM)', ExitCode.terminated))).toBe(true);
    expect(isStopRequest(new Error('Stopped'))).toBe(false);
  });

  it('says so when a stop came too late to undo anything, and stops watching either way', async () => {
    const target = fakeSignals();
    const io: CliIo = { cwd: '/', env: {}, writeErr: () => undefined, writeOut: () => undefined, signals: target };
    const logged: string[] = [];
    const result = await stoppable(io, (message) => logged.push(message), async (signal) => {
      target.emit('SIGTERM');
      return signal.aborted ? 'finished anyway' : 'not asked';
    });
    expect(result).toBe('finished anyway');
    expect(logged).toEqual([
      'Stopping: a request to stop (SIGTERM) received. Undoing what this run had begun.',
      'The stop came after the last step: the run had finished, and what it reports is complete.',
    ]);
    expect(target.listening()).toBe(0);

    await expect(stoppable(io, () => undefined, async () => {
      throw new AssessError('bad input', ExitCode.badInput);
    })).rejects.toThrow('bad input');
    expect(target.listening()).toBe(0);
  });
});
