import { setTimeout as sleep } from 'node:timers/promises';

/**
 * TEST-ONLY hook: with ASSESS_TEST_PAUSE_AT=<point> in the environment, a build stops at that
 * point, says so in its log, and waits (ASSESS_TEST_PAUSE_MS, default 10 minutes) so a test can
 * kill it there and check what it leaves behind. Without the variable it does nothing.
 */
export const PAUSE_POINTS = ['reading', 'printing', 'staged', 'swapping'] as const;
export type PausePoint = (typeof PAUSE_POINTS)[number];

export type Pause = (point: PausePoint, detail?: string) => Promise<void>;

export function pauseHook(env: NodeJS.ProcessEnv, log: (message: string) => void, signal?: AbortSignal): Pause {
  const at = env.ASSESS_TEST_PAUSE_AT;
  if (at === undefined || at === '') return async () => undefined;
  const waitMs = Number(env.ASSESS_TEST_PAUSE_MS ?? 600_000);
  return async (point, detail) => {
    if (point !== at) return;
    log(`Test pause at ${point} (process ${process.pid}${detail ? `, ${detail}` : ''})`);
    // A stop request ends the wait (the timer's abort is not a failure), as it would end the work the pause stands in for.
    await sleep(waitMs, undefined, signal ? { signal } : {}).catch(() => undefined);
  };
}
