import { isExpired, type Clock, type MessageRow, type RetryTier } from '@ptpu/domain';
import type { BookingResult } from '@ptpu/platform';
import { inParallel } from './in-parallel';

/** What one run of a tier did. */
export interface TierRunReport {
  tier: RetryTier;
  /** Every booking the run reached, in the order they finished. */
  bookings: BookingResult[];
  /** Rows of the tier skipped because their `deleteBy` had passed (DynamoDB has yet to delete them). */
  expiredRows: number;
  /** Set when the run ended before the tier's last page: its lock was lost or the app is stopping. */
  stoppedEarly: boolean;
}

export interface TierRunDeps {
  /** The tier's pending rows, oldest first, page by page (`pending-by-state`). */
  pendingRowsOfTier(tier: RetryTier): AsyncIterable<readonly MessageRow[]>;
  /** Claims and works one booking; never rejects. */
  workBooking(bookingId: number): Promise<BookingResult>;
  clock: Clock;
  /** Bookings worked at once (`PTPU_PROCESSING_CONCURRENCY`). */
  concurrency: number;
}

/**
 * One run of a retry tier (architecture.md section 3.2): reads the tier's rows page by page and works each of
 * their bookings once, a booking's other pending rows included. A booking already worked in this run is not
 * worked again when another of its rows turns up on a later page, so each run is at most one more attempt per
 * row. Stops starting bookings once `signal` is aborted.
 */
export async function runTier(
  tier: RetryTier,
  deps: TierRunDeps,
  signal?: AbortSignal,
): Promise<TierRunReport> {
  const reached = new Set<number>();
  const report: TierRunReport = { tier, bookings: [], expiredRows: 0, stoppedEarly: false };
  for await (const page of deps.pendingRowsOfTier(tier)) {
    if (signal?.aborted) break;
    const now = deps.clock.now();
    const due: number[] = [];
    for (const row of page) {
      if (isExpired(row, now)) report.expiredRows += 1;
      else if (!reached.has(row.bookingId)) {
        reached.add(row.bookingId);
        due.push(row.bookingId);
      }
    }
    report.bookings.push(...(await inParallel(due, deps.concurrency, deps.workBooking, signal)));
  }
  report.stoppedEarly = signal?.aborted ?? false;
  return report;
}
