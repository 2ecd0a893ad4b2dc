/**
 * Runs `work` for each item, at most `limit` at a time, and resolves with the results in completion order.
 * Once `signal` is aborted no further item is started; those already started are awaited. `work` must not
 * reject (callers report failures as values).
 */
export async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal?.aborted) {
      const item = items[next++];
      results.push(await work(item));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
