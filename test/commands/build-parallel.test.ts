import { describe, expect, it } from 'vitest';
import { forEachLimited, jobsFor, parseJobs } from '../../src/commands/build-parallel.js';
import { AssessError } from '../../src/errors.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('forEachLimited', () => {
  it('runs every task, never more than `jobs` at once, starting them in order', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    await forEachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      started.push(item);
      most = Math.max(most, ++running);
      await tick();
      running--;
    });
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('starts nothing new after a failure, lets running tasks finish, and throws the first failure', async () => {
    const finished: number[] = [];
    const error = await forEachLimited([1, 2, 3, 4, 5], 2, async (item) => {
      await tick();
      if (item === 2) throw new Error('item 2 failed');
      await tick();
      finished.push(item);
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('item 2 failed');
    expect(finished).toEqual([1]);
  });
});

describe('parseJobs', () => {
  it('takes a whole number from 1 to 16, and defaults to the processors, at most 4', () => {
    expect(parseJobs('3')).toBe(3);
    expect(parseJobs(undefined)).toBeGreaterThanOrEqual(1);
    expect(parseJobs(undefined)).toBeLessThanOrEqual(4);
    for (const bad of ['0', '17', '2.5', 'two']) {
      const error = (() => {
        try {
          parseJobs(bad);
        } catch (e) {
          return e as AssessError;
        }
      })();
      expect(error?.message).toBe(`--jobs ${bad} is not a number of jobs`);
    }
  });
});

describe('jobsFor', () => {
  it('reads --jobs with --all-areas, is one document without it, and refuses --jobs alone', () => {
    expect(jobsFor(true, '2')).toBe(2);
    expect(jobsFor(false, undefined)).toBe(1);
    expect(() => jobsFor(false, 'banana')).toThrow('--jobs is for --all-areas, which prints many documents at once');
    expect(() => jobsFor(false, '2')).toThrow(AssessError);
  });
});
