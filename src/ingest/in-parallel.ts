/**
 * Files read at most this many at a time: enough to keep Node's four I/O threads and the one
 * JavaScript thread busy together, few enough that a folder of thousands of files never runs
 * out of file handles or holds thousands of files in memory at once.
 */
export const FILES_AT_ONCE = 8;

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * `work` on every item, `limit` at a time, each outcome in the items' order, so a caller goes
 * through them (and reports their failures) exactly as it would have one after another.
 */
export async function settleInParallel<I, T>(items: readonly I[], work: (item: I, index: number) => Promise<T>, limit = FILES_AT_ONCE): Promise<Settled<T>[]> {
  const outcomes: Settled<T>[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      try {
        outcomes[index] = { ok: true, value: await work(items[index]!, index) };
      } catch (error) {
        outcomes[index] = { ok: false, error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return outcomes;
}

/** As settleInParallel, but throws the failure of the first item (in the items' order) that failed. */
export async function mapInParallel<I, T>(items: readonly I[], work: (item: I, index: number) => Promise<T>, limit = FILES_AT_ONCE): Promise<T[]> {
  return (await settleInParallel(items, work, limit)).map((outcome) => {
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  });
}
