import type { MessageRow } from '../message/message-row';
import type { RowTransition } from '../message/transition';

/**
 * The message table as processing sees it (docs/architecture.md, Tables and indexes; Locks and claims): the pending rows of a claimed
 * booking, and the writes that change one of them. Every write is conditioned on `claim` (this worker still
 * holds the booking) and on the row still being as it was read, so a worker whose lease ran out cannot
 * overwrite the new holder's work. `Claim` is whatever the store hands out when a booking is claimed; the
 * domain only passes it back. A refused or failed write throws, and the use case stops working the booking.
 *
 * libs/store's `DynamoMessageRepository` satisfies this port as it is.
 */
export interface PendingWork<Claim> {
  /** Every pending row of the booking, whatever its age or retry tier, page by page. */
  pendingRowsOfBooking(bookingId: number): AsyncIterable<readonly MessageRow[]>;
  /** Ends an attempt ("done" or "try later"), removing `pendingEvents` when it says so; returns the row as written. */
  completeAttempt(claim: Claim, rowAsRead: MessageRow, transition: RowTransition): Promise<MessageRow>;
  /**
   * Records domain events (JSON) owed because a Delius write is known to have been applied, before they are
   * published; the same write removes the row's `writeIntent`, which they settle, and sets `deleteBy`, so an
   * attempt that stops before its end still leaves the row kept for what it owes.
   */
  recordPendingEvents(
    claim: Claim,
    rowAsRead: MessageRow,
    pendingEvents: string,
    deleteBy: number,
  ): Promise<MessageRow>;
  /**
   * Records (JSON) or, given undefined, removes the Delius write a row is about to make or has given up on,
   * and sets `deleteBy` in the same write (kept for the intent).
   */
  recordWriteIntent(
    claim: Claim,
    rowAsRead: MessageRow,
    writeIntent: string | undefined,
    deleteBy: number,
  ): Promise<MessageRow>;
}
