import type { Clock } from '@ptpu/domain';
import type { Logger } from '@ptpu/platform';
import type { BookingWorker, BookingWorkResult } from './booking-worker';
import { dueBookings, type DueRows } from './due-bookings';
import { WorkerPool } from './worker-pool';

export interface ProcessingCycleDeps {
  rows: DueRows;
  worker: BookingWorker;
  clock: Clock;
  logger: Logger;
  /** `PRISONTOPROBATION_HOLD_BACK_DURATION` in ms. */
  holdBackMs: number;
  /** `PTPU_PROCESSING_CONCURRENCY`. */
  concurrency: number;
}

export type CycleCounts = Record<BookingWorkResult, number>;

/**
 * One pass over the due first-time rows: every booking with a row older than the hold-back is worked, up to
 * `concurrency` bookings at once. Stops taking new bookings once `signal` aborts (the job lock was lost or the
 * app is stopping) and returns when the bookings already started have ended and their claims are released.
 */
export async function runProcessingCycle(
  deps: ProcessingCycleDeps,
  signal: AbortSignal,
): Promise<CycleCounts> {
  const cutoff = new Date(deps.clock.now().getTime() - deps.holdBackMs);
  const counts: CycleCounts = { processed: 0, skipped: 0, stopped: 0 };
  const pool = new WorkerPool(deps.concurrency, (err) => deps.logger.error({ err }, 'booking worker failed'));
  try {
    for await (const bookingId of dueBookings(deps.rows, cutoff)) {
      if (signal.aborted) break;
      await pool.run(async () => {
        counts[await deps.worker.work(bookingId)] += 1;
      });
    }
  } finally {
    await pool.drain();
    await deps.worker.claimsReleased();
  }
  return counts;
}
