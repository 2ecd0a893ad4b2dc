import type { MessageRow } from '../message/message-row';
import type { Outcome } from '../message/outcome';
import type { TelemetryEvent } from '../telemetry/telemetry-event-properties';

/** What happened to one pending row of a booking in one `processBooking` run. */
export interface RowReport {
  /** The row as read when the attempt started (its `retryCount` and `createdDate` feed the metrics). */
  rowAsRead: MessageRow;
  rowAfter: MessageRow;
  outcome: Outcome;
  telemetry: readonly TelemetryEvent[];
  /** The fault behind an `ERROR` outcome, for the log. */
  error?: unknown;
}

/** Every row `processBooking` ended or moved on: superseded rows first, then the kept rows in priority order. */
export interface BookingReport {
  bookingId: number;
  rows: readonly RowReport[];
  /** Rows past their `deleteBy` that still owed something (`owedWorkOf`): not worked, told `P2POwedWorkExpired`. */
  expiredOwing: readonly MessageRow[];
}
