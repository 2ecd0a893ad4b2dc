import type { MessageRow } from '../message/message-row';

/**
 * A k-way merge of sorted streams holding one item per stream, so a report over several index partitions
 * stays in order without buffering. Equal items keep their streams' order; stopping early closes them all.
 */
export async function* mergeSorted<T>(
  sources: readonly AsyncIterable<T>[],
  compare: (a: T, b: T) => number,
): AsyncGenerator<T> {
  const iterators = sources.map((source) => source[Symbol.asyncIterator]());
  try {
    const heads = await Promise.all(iterators.map((iterator) => iterator.next()));
    for (;;) {
      let smallest = -1;
      heads.forEach((head, i) => {
        const best = heads[smallest];
        if (!head.done && (!best || best.done || compare(head.value, best.value) < 0)) smallest = i;
      });
      const head = heads[smallest];
      if (!head || head.done) return;
      yield head.value;
      heads[smallest] = await (iterators[smallest] as AsyncIterator<T>).next();
    }
  } finally {
    await Promise.allSettled(iterators.map((iterator) => iterator.return?.()));
  }
}

/** Oldest first: stored `createdDate` strings are `toISOString()` instants, which sort as text. */
export function byCreatedDate(
  a: Pick<MessageRow, 'createdDate'>,
  b: Pick<MessageRow, 'createdDate'>,
): number {
  if (a.createdDate === b.createdDate) return 0;
  return a.createdDate < b.createdDate ? -1 : 1;
}
