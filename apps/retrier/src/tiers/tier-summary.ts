import type { BookingResult } from '@ptpu/booking-runner';
import type { TierRunReport } from './run-tier';

/** A run in numbers: for the log line that closes it and the admin endpoint's answer. */
export interface TierRunSummary {
  /** Bookings by what happened to them. */
  bookings: Record<BookingResult['result'], number>;
  /** Attempted rows by the status they were left with. */
  rowsByStatus: Record<string, number>;
  expiredRows: number;
  stoppedEarly: boolean;
}

export function summariseTierRun(report: TierRunReport): TierRunSummary {
  const bookings: TierRunSummary['bookings'] = { worked: 0, 'claimed-elsewhere': 0, stopped: 0 };
  const rowsByStatus: Record<string, number> = {};
  for (const booking of report.bookings) {
    bookings[booking.result] += 1;
    if (booking.result !== 'worked') continue;
    for (const row of booking.rows) rowsByStatus[row.status] = (rowsByStatus[row.status] ?? 0) + 1;
  }
  return { bookings, rowsByStatus, expiredRows: report.expiredRows, stoppedEarly: report.stoppedEarly };
}
