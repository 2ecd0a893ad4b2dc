import type { MessageRow } from '@ptpu/domain';
import type { Logger } from '@ptpu/platform';
import type { BookingResult } from './work-booking';

export interface WorkBookingsOptions {
  /** Bookings worked at once (`PTPU_PROCESSING_CONCURRENCY`). */
  concurrency: number;
  signal: AbortSignal;
  /** Claims and works one booking (`workBooking` with the path's row selector); never rejects. */
  work(bookingId: number): Promise<BookingResult>;
  onResult(result: BookingResult): void;
  logger: Logger;
}

/**
 * The one streaming pool of the service: works each booking of `pages` once, in order of first row, up to
 * `concurrency` at once, reading pages only as slots free, so a backlog is never held in memory. `true` when
 * stopped early.
 */
export async function workBookings(
  pages: AsyncIterable<readonly Pick<MessageRow, 'bookingId'>[]>,
  { concurrency, signal, work, onResult, logger }: WorkBookingsOptions,
): Promise<boolean> {
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  const running = new Set<Promise<void>>();
  const bookingIds = distinctBookings(pages);
  try {
    for (;;) {
      while (running.size >= concurrency) await Promise.race(running);
      if (signal.aborted) break;
      const next = await bookingIds.next();
      if (next.done) break;
      const bookingId = next.value;
      const task: Promise<void> = work(bookingId)
        .then(onResult)
        .catch((err: unknown) => logger.error({ err, bookingId }, 'booking worker failed'))
        .finally(() => running.delete(task));
      running.add(task);
    }
  } finally {
    await bookingIds.return(undefined);
    await Promise.all(running);
  }
  return signal.aborted;
}

async function* distinctBookings(
  pages: AsyncIterable<readonly Pick<MessageRow, 'bookingId'>[]>,
): AsyncGenerator<number> {
  const seen = new Set<number>();
  for await (const page of pages) {
    for (const { bookingId } of page) {
      if (seen.has(bookingId)) continue;
      seen.add(bookingId);
      yield bookingId;
    }
  }
}
