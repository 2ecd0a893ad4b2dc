import type { Logger } from '@ptpu/platform';
import type { BookingResult } from './booking-result';
import { WorkerPool } from './worker-pool';

export interface WorkBookingsOptions {
  /** Bookings worked at once (`PTPU_PROCESSING_CONCURRENCY`). */
  concurrency: number;
  /** Once aborted, no further booking is started. */
  signal: AbortSignal;
  /** Claims and works one booking (`workBooking` with the path's row selector); never rejects. */
  work(bookingId: number): Promise<BookingResult>;
  /** Told each booking's result as it finishes. */
  onResult(result: BookingResult): void;
  logger: Logger;
}

/**
 * Works the bookings `bookingIds` yields, up to `concurrency` at once: the next booking starts as soon as any
 * slot frees, so one slow booking never holds the others back, and ids are taken from the source only as slots
 * free. Resolves once every booking started has finished; `true` when the signal stopped it early.
 */
export async function workBookings(
  bookingIds: AsyncIterable<number>,
  { concurrency, signal, work, onResult, logger }: WorkBookingsOptions,
): Promise<boolean> {
  const pool = new WorkerPool(concurrency, (err) => logger.error({ err }, 'booking worker failed'));
  try {
    for await (const bookingId of bookingIds) {
      if (signal.aborted) break;
      await pool.run(async () => onResult(await work(bookingId)));
    }
  } finally {
    await pool.drain();
  }
  return signal.aborted;
}
