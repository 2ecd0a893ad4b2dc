import { workBookings, type BookingResult } from '@ptpu/booking-runner';
import { isExpired, owedWorkOf, type Clock, type MessageRow, type RetryTier } from '@ptpu/domain';
import type { Logger } from '@ptpu/platform';

export interface TierRunReport {
  tier: RetryTier;
  /** In the order they finished. */
  bookings: BookingResult[];
  /**
   * Rows of the tier skipped because their `deleteBy` had passed (DynamoDB has yet to delete them). One that
   * still owes something is not skipped: its booking is worked so that the loss is reported.
   */
  expiredRows: number;
  /** The lock was lost or the app is stopping. */
  stoppedEarly: boolean;
}

export interface TierRunDeps {
  /** Oldest first (`pending-by-state`). */
  pendingRowsOfTier(tier: RetryTier): AsyncIterable<readonly MessageRow[]>;
  /** Claims and works one booking's rows of this tier (`workBooking` with `rowsOfTier`); never rejects. */
  workBooking(bookingId: number): Promise<BookingResult>;
  clock: Clock;
  /** `PTPU_PROCESSING_CONCURRENCY` */
  concurrency: number;
  logger: Logger;
}

/**
 * One run of a retry tier (docs/architecture.md, Retry tiers): works each booking of the tier's rows once,
 * attempting only its rows of this tier, so each run is at most one more attempt per row. Stops starting
 * bookings once `signal` is aborted.
 */
export async function runTier(
  tier: RetryTier,
  deps: TierRunDeps,
  signal: AbortSignal = new AbortController().signal,
): Promise<TierRunReport> {
  const report: TierRunReport = { tier, bookings: [], expiredRows: 0, stoppedEarly: false };
  const liveRows = withoutExpired(deps.pendingRowsOfTier(tier), deps.clock, () => (report.expiredRows += 1));
  report.stoppedEarly = await workBookings(liveRows, {
    concurrency: deps.concurrency,
    signal,
    logger: deps.logger,
    work: deps.workBooking,
    onResult: (booking) => report.bookings.push(booking),
  });
  return report;
}

/**
 * The pages without rows past their `deleteBy`: they have had every retry they were meant to have. A row that
 * still owes events or holds an intent is passed on, for processing to report (`P2POwedWorkExpired`).
 */
async function* withoutExpired(
  pages: AsyncIterable<readonly MessageRow[]>,
  clock: Clock,
  onExpired: () => void,
): AsyncGenerator<MessageRow[]> {
  for await (const page of pages) {
    const now = clock.now();
    yield page.filter((row) => {
      if (!isExpired(row, now) || owedWorkOf(row) !== undefined) return true;
      onExpired();
      return false;
    });
  }
}

/** For the log line that closes a run and the admin endpoint's answer; rows by the status they were left with. */
export function summariseTierRun(report: TierRunReport) {
  const bookings: Record<BookingResult['result'], number> = { worked: 0, 'claimed-elsewhere': 0, stopped: 0 };
  const rowsByStatus: Record<string, number> = {};
  for (const booking of report.bookings) {
    bookings[booking.result] += 1;
    if (booking.result !== 'worked') continue;
    for (const row of booking.rows) rowsByStatus[row.status] = (rowsByStatus[row.status] ?? 0) + 1;
  }
  return { bookings, rowsByStatus, expiredRows: report.expiredRows, stoppedEarly: report.stoppedEarly };
}
