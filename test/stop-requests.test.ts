import { describe, expect, it } from 'vitest';
import { AssessError, ExitCode } from '../src/errors.js';
import { asStopped, onStopRequest, silencedByStop, unlessStopped } from '../src/stop-requests.js';

const stopRequest = (): AssessError => new AssessError('Stopped by Ctrl-C (SIGINT)', ExitCode.interrupted);

describe('stopping when asked', () => {
  it('calls the stop once, at the request, and not after it is forgotten', () => {
    const controller = new AbortController();
    let stops = 0;
    const forget = onStopRequest(controller.signal, () => stops++);
    controller.abort(stopRequest());
    controller.abort(stopRequest());
    expect(stops).toBe(1);

    const later = new AbortController();
    let laterStops = 0;
    onStopRequest(later.signal, () => laterStops++)();
    later.abort(stopRequest());
    expect(laterStops).toBe(0);
    forget();
  });

  it('stops at once when the request came before', () => {
    const controller = new AbortController();
    controller.abort(stopRequest());
    let stops = 0;
    onStopRequest(controller.signal, () => stops++);
    expect(stops).toBe(1);
    expect(onStopRequest(undefined, () => stops++)).toBeTypeOf('function');
    expect(stops).toBe(1);
  });

  it('stops waiting for work at the request, with the request', async () => {
    const controller = new AbortController();
    const never = new Promise<string>(() => undefined);
    const waiting = unlessStopped(never, controller.signal);
    controller.abort(stopRequest());
    await expect(waiting).rejects.toMatchObject({ message: 'Stopped by Ctrl-C (SIGINT)', exitCode: 130 });
    await expect(unlessStopped(Promise.resolve('read'), new AbortController().signal)).resolves.toBe('read');
    await expect(unlessStopped(Promise.resolve('read'), undefined)).resolves.toBe('read');
  });

  it('reports the stop, and what it left, instead of what failed because of it', () => {
    const controller = new AbortController();
    const crash = new AssessError('The browser stopped while printing the PDF (it crashed or was killed)', ExitCode.noBrowser);
    expect(asStopped(crash, controller.signal, 'nothing was written')).toBe(crash);
    expect(asStopped(crash, undefined, 'nothing was written')).toBe(crash);
    controller.abort(stopRequest());
    const stopped = asStopped(crash, controller.signal, 'nothing was written, and out/2024 is as it was') as AssessError;
    expect(stopped.message).toBe('Stopped by Ctrl-C (SIGINT): nothing was written, and out/2024 is as it was');
    expect(stopped.exitCode).toBe(130);
  });

  it('silences what is left running once a stop is asked for', () => {
    const controller = new AbortController();
    const said: string[] = [];
    const say = silencedByStop((message: string, count: number) => said.push(`${message} ${count}`), controller.signal);
    say('read', 1);
    controller.abort(stopRequest());
    say('read', 2);
    expect(said).toEqual(['read 1']);
    silencedByStop((message: string) => said.push(message), undefined)('unwatched');
    expect(said).toEqual(['read 1', 'unwatched']);
  });
});
