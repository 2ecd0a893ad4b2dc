import { createCapturingLogger } from '@ptpu/platform/testing';
import type { BookingResult } from './work-booking';
import { workBookings } from './work-booking';

/** Rows of the given bookings served page by page, counting the pages read. */
function pagesOf(pages: number[][]) {
  const source = {
    pagesRead: 0,
    async *[Symbol.asyncIterator]() {
      for (const page of pages) {
        source.pagesRead += 1;
        yield page.map((bookingId) => ({ bookingId }));
      }
    },
  };
  return source;
}

/** Bookings that finish when the test says so, recording the order they started and the most at once. */
function gatedBookings() {
  const gates = new Map<number, () => void>();
  const started: number[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const work = (bookingId: number) =>
    new Promise<BookingResult>((resolve) => {
      started.push(bookingId);
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      gates.set(bookingId, () => {
        running -= 1;
        resolve({ bookingId, result: 'worked', rows: [] });
      });
    });
  const finish = async (bookingId: number) => {
    await settle();
    gates.get(bookingId)?.();
    await settle();
  };
  return { work, finish, started, mostAtOnce: () => mostAtOnce };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

function run(
  pages: ReturnType<typeof pagesOf>,
  work: (bookingId: number) => Promise<BookingResult>,
  concurrency = 2,
) {
  const controller = new AbortController();
  const finished: number[] = [];
  const { logger, lines } = createCapturingLogger();
  const done = workBookings(pages, {
    concurrency,
    signal: controller.signal,
    work,
    onResult: ({ bookingId }) => finished.push(bookingId),
    logger,
  });
  return { done, finished, lines, abort: () => controller.abort() };
}

describe('workBookings', () => {
  it('works each booking once, in the order of its first row, across pages', async () => {
    const worked: number[] = [];
    const { done } = run(
      pagesOf([
        [3, 1, 3],
        [2, 1],
      ]),
      async (bookingId) => {
        worked.push(bookingId);
        return { bookingId, result: 'worked', rows: [] };
      },
      1,
    );

    await expect(done).resolves.toBe(false);
    expect(worked).toEqual([3, 1, 2]);
  });

  it('starts the next booking as soon as any slot frees, even from a later page, while a slow one runs', async () => {
    const gated = gatedBookings();
    const { done, finished } = run(pagesOf([[1, 2], [3], [4]]), gated.work, 2);

    await gated.finish(2);
    await gated.finish(3);
    expect(gated.started).toEqual([1, 2, 3, 4]);
    expect(finished).toEqual([2, 3]);

    await gated.finish(4);
    await gated.finish(1);
    await expect(done).resolves.toBe(false);
    expect(gated.mostAtOnce()).toBe(2);
  });

  it('reads the next page only once a slot is free for its bookings', async () => {
    const gated = gatedBookings();
    const pages = pagesOf([[1], [2], [3]]);
    const { done } = run(pages, gated.work, 1);

    await settle();
    expect(pages.pagesRead).toBe(1);
    expect(gated.started).toEqual([1]);
    await gated.finish(1);
    expect(pages.pagesRead).toBe(2);

    for (const bookingId of [2, 3]) await gated.finish(bookingId);
    await done;
  });

  it('when the signal is aborted, then no further booking starts and those started finish', async () => {
    const gated = gatedBookings();
    const { done, finished, abort } = run(pagesOf([[1, 2, 3, 4]]), gated.work, 2);

    await settle();
    abort();
    await gated.finish(1);
    await gated.finish(2);

    await expect(done).resolves.toBe(true);
    expect(gated.started).toEqual([1, 2]);
    expect(finished).toEqual([1, 2]);
  });

  it('when working a booking rejects, then it is logged and the others are still worked', async () => {
    const { done, finished, lines } = run(pagesOf([[1, 2]]), async (bookingId) => {
      if (bookingId === 1) throw new Error('boom');
      return { bookingId, result: 'worked', rows: [] };
    });

    await done;
    expect(finished).toEqual([2]);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'error', bookingId: 1, msg: 'booking worker failed' }),
    );
  });

  it('refuses a concurrency below 1', async () => {
    await expect(
      run(pagesOf([[1]]), async () => ({ bookingId: 1, result: 'claimed-elsewhere' }), 0).done,
    ).rejects.toThrow(RangeError);
  });
});
