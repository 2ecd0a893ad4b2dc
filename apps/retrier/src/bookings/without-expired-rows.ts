import type { Clock, MessageRow, PendingWork } from '@ptpu/domain';

/** True once a row's `deleteBy` (its TTL) has passed: DynamoDB may still return it for up to about 48 hours. */
export function isExpired(row: Pick<MessageRow, 'deleteBy'>, now: Date): boolean {
  return row.deleteBy * 1000 <= now.getTime();
}

/**
 * The pending work of a booking without the rows whose `deleteBy` has passed. DynamoDB deletes expired items
 * lazily, and a row past its TTL has had all the retries it was meant to have, so it is not worked again.
 */
export function withoutExpiredRows<Claim>(work: PendingWork<Claim>, clock: Clock): PendingWork<Claim> {
  return {
    async *pendingRowsOfBooking(bookingId) {
      for await (const page of work.pendingRowsOfBooking(bookingId)) {
        const now = clock.now();
        const live = page.filter((row) => !isExpired(row, now));
        if (live.length > 0) yield live;
      }
    },
    completeAttempt: (claim, rowAsRead, transition) => work.completeAttempt(claim, rowAsRead, transition),
    recordPendingEvents: (claim, rowAsRead, pendingEvents) =>
      work.recordPendingEvents(claim, rowAsRead, pendingEvents),
    clearPendingEvents: (claim, rowAsRead) => work.clearPendingEvents(claim, rowAsRead),
  };
}
