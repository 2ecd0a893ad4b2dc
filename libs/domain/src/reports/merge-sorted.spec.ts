import { byCreatedDate, mergeSorted } from './merge-sorted';

async function* streamOf<T>(items: T[], log?: string[], name?: string): AsyncGenerator<T> {
  try {
    for (const item of items) {
      log?.push(`${name} gives ${String(item)}`);
      yield item;
    }
  } finally {
    log?.push(`${name} closed`);
  }
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

const numeric = (a: number, b: number) => a - b;

describe('mergeSorted', () => {
  it('merges sorted streams into one sorted stream, empty streams included', async () => {
    const merged = mergeSorted(
      [streamOf([1, 4, 9]), streamOf<number>([]), streamOf([2, 3, 10]), streamOf([5])],
      numeric,
    );

    expect(await collect(merged)).toEqual([1, 2, 3, 4, 5, 9, 10]);
  });

  it('gives nothing for no streams', async () => {
    expect(await collect(mergeSorted<number>([], numeric))).toEqual([]);
  });

  it('keeps equal items in the order of their streams', async () => {
    const rows = (source: string) => [{ createdDate: '2026-01-01T00:00:00.000Z', source }];
    const merged = mergeSorted([streamOf(rows('a')), streamOf(rows('b'))], byCreatedDate);

    expect((await collect(merged)).map((row) => row.source)).toEqual(['a', 'b']);
  });

  it('reads each stream only as far as the output needs, and closes them all when the consumer stops', async () => {
    const log: string[] = [];
    const merged = mergeSorted([streamOf([1, 2, 3], log, 'a'), streamOf([10, 20], log, 'b')], numeric);

    for await (const item of merged) if (item === 2) break;

    expect(log).toEqual(['a gives 1', 'b gives 10', 'a gives 2', 'a closed', 'b closed']);
  });

  it('passes on a failure of any stream', async () => {
    async function* failing(): AsyncGenerator<number> {
      yield 1;
      throw new Error('page read failed');
    }

    await expect(collect(mergeSorted([failing(), streamOf([5])], numeric))).rejects.toThrow(
      'page read failed',
    );
  });
});
