import { describe, expect, it } from 'vitest';
import { mapInParallel, settleInParallel } from '../../src/ingest/in-parallel.js';

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('settleInParallel', () => {
  it('gives each outcome in the order of the items, whatever order they finish in, at most `limit` at a time', async () => {
    let running = 0;
    let most = 0;
    const outcomes = await settleInParallel([30, 5, 20, 1, 10], async (ms, index) => {
      running++;
      most = Math.max(most, running);
      await pause(ms);
      running--;
      if (index === 3) throw new Error('item 3 failed');
      return `${index}:${ms}`;
    }, 2);
    expect(most).toBe(2);
    expect(outcomes).toEqual([
      { ok: true, value: '0:30' },
      { ok: true, value: '1:5' },
      { ok: true, value: '2:20' },
      { ok: false, error: new Error('item 3 failed') },
      { ok: true, value: '4:10' },
    ]);
  });

  it('does nothing for no items', async () => {
    expect(await settleInParallel([], async () => 1)).toEqual([]);
  });
});

describe('mapInParallel', () => {
  it('throws the failure of the first item in order, not the first to fail in time', async () => {
    const work = async (ms: number): Promise<number> => {
      await pause(ms);
      throw new Error(`failed after ${ms} ms`);
    };
    await expect(mapInParallel([20, 1], work)).rejects.toThrow('failed after 20 ms');
  });

  it('gives the values in order', async () => {
    expect(await mapInParallel([3, 1, 2], async (n) => {
      await pause(n);
      return n * 10;
    })).toEqual([30, 10, 20]);
  });
});
