import type { MessageRow, PendingWork } from '@ptpu/domain';

/**
 * A booking's pending work with `rows` added: rows this worker has just made pending again under its claim,
 * which the eventually consistent `pending-by-booking` index may not show yet. A row the index also returns
 * is taken once, as we wrote it.
 */
export function includingRows<Claim>(
  work: PendingWork<Claim>,
  rows: readonly MessageRow[],
): PendingWork<Claim> {
  const ours = new Set(rows.map((row) => row.id));
  return {
    async *pendingRowsOfBooking(bookingId) {
      if (rows.length > 0) yield rows;
      for await (const page of work.pendingRowsOfBooking(bookingId)) {
        const others = page.filter((row) => !ours.has(row.id));
        if (others.length > 0) yield others;
      }
    },
    completeAttempt: (claim, rowAsRead, transition) => work.completeAttempt(claim, rowAsRead, transition),
    recordPendingEvents: (claim, rowAsRead, pendingEvents, deleteBy) =>
      work.recordPendingEvents(claim, rowAsRead, pendingEvents, deleteBy),
    recordWriteIntent: (claim, rowAsRead, writeIntent, deleteBy) =>
      work.recordWriteIntent(claim, rowAsRead, writeIntent, deleteBy),
  };
}
