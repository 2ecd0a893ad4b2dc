import { workBooking, workBookings, type BookingResult, type BookingWorkDeps } from '@ptpu/booking-runner';
import { firstTimeRows, type Clock, type MessageRow } from '@ptpu/domain';
import type { Logger } from '@ptpu/platform';

/** The due-row query of the message repository (pending-by-state `NEW`, created before the cutoff). */
interface DueRows {
  dueFirstTimeRows(cutoff: Date): AsyncIterable<readonly MessageRow[]>;
}

export interface ProcessingCycleDeps {
  rows: DueRows;
  booking: BookingWorkDeps;
  clock: Clock;
  logger: Logger;
  /** `PRISONTOPROBATION_HOLD_BACK_DURATION` in ms. */
  holdBackMs: number;
  /** `PTPU_PROCESSING_CONCURRENCY`. */
  concurrency: number;
}

/** The bookings of a cycle by how their work ended, in the booking runner's words. */
export type CycleCounts = Record<BookingResult['result'], number>;

/** Claims and works one booking as a cycle does: its first-time rows; its retrying rows are left to their tiers. */
export function workDueBooking(bookingId: number, deps: BookingWorkDeps): Promise<BookingResult> {
  return workBooking(bookingId, firstTimeRows, deps);
}

/**
 * One pass over the due first-time rows: every booking with a row older than the hold-back is worked, up to
 * `concurrency` bookings at once. Stops taking new bookings once `signal` aborts (the job lock was lost or the
 * app is stopping) and returns when the bookings already started have ended.
 */
export async function runProcessingCycle(
  deps: ProcessingCycleDeps,
  signal: AbortSignal,
): Promise<CycleCounts> {
  const cutoff = new Date(deps.clock.now().getTime() - deps.holdBackMs);
  const counts: CycleCounts = { worked: 0, 'claimed-elsewhere': 0, stopped: 0 };
  await workBookings(deps.rows.dueFirstTimeRows(cutoff), {
    concurrency: deps.concurrency,
    signal,
    logger: deps.logger,
    work: (bookingId) => workDueBooking(bookingId, deps.booking),
    onResult: ({ result }) => (counts[result] += 1),
  });
  return counts;
}
