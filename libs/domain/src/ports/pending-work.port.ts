import type { MessageRow } from '../message/message-row';
import type { RowTransition } from '../message/transition';

/**
 * The message table as processing sees it (docs/architecture.md, Tables and indexes; Locks and claims). Every
 * write is conditioned on `claim` (the store's, passed back) and on the row being as read, so a worker whose
 * lease ran out cannot overwrite the new holder's work; a refused or failed write throws and stops the booking.
 */
export interface PendingWork<Claim> {
  /** Every pending row of the booking, whatever its age or tier, page by page. */
  pendingRowsOfBooking(bookingId: number): AsyncIterable<readonly MessageRow[]>;
  /** Ends an attempt ("done" or "try later"), removing `pendingEvents` when it says so; returns the row as written. */
  completeAttempt(claim: Claim, rowAsRead: MessageRow, transition: RowTransition): Promise<MessageRow>;
  /**
   * Records, before publishing, the domain events (JSON) owed by a Delius write known to be applied; the same
   * write removes the `writeIntent` they settle and sets `deleteBy`, so an attempt cut short keeps the row.
   */
  recordPendingEvents(
    claim: Claim,
    rowAsRead: MessageRow,
    pendingEvents: string,
    deleteBy: number,
  ): Promise<MessageRow>;
  /** Records (JSON) or, given undefined, removes a row's Delius write intent, setting `deleteBy` with it. */
  recordWriteIntent(
    claim: Claim,
    rowAsRead: MessageRow,
    writeIntent: string | undefined,
    deleteBy: number,
  ): Promise<MessageRow>;
}
