import type { MessageRow } from '../../message/message-row';
import { isPending } from '../../message/message-row';
import type { RowTransition } from '../../message/transition';
import type { PendingWork } from '../../ports/pending-work.port';
import type { CallJournal } from './call-journal';

/** What the fake store throws when a write is not allowed, as the real store refuses it. */
export class FakeRefusal extends Error {
  override readonly name = 'FakeRefusal';
}

/**
 * The message table held in memory, with the same guards as the real store: a write must come with the claim
 * currently held and must find the row pending with the `status` and `retryCount` that were read.
 */
export class InMemoryPendingWork implements PendingWork<string> {
  readonly rows = new Map<string, MessageRow>();
  /** Who holds the booking claim now; a test changes it to play a takeover. */
  claimHolder = 'claim-1';

  constructor(
    private readonly journal: CallJournal,
    rows: readonly MessageRow[] = [],
  ) {
    for (const row of rows) this.rows.set(row.id, row);
  }

  async *pendingRowsOfBooking(bookingId: number): AsyncIterable<readonly MessageRow[]> {
    this.journal.record('pendingRowsOfBooking', bookingId);
    yield [...this.rows.values()].filter((row) => row.bookingId === bookingId && isPending(row));
  }

  async completeAttempt(claim: string, rowAsRead: MessageRow, transition: RowTransition) {
    this.journal.record('completeAttempt', rowAsRead.id, transition.status);
    const { kind: _kind, removePendingEvents, ...changes } = transition;
    const next: MessageRow = { ...rowAsRead, ...changes };
    if (removePendingEvents) delete next.pendingEvents;
    return this.update(claim, rowAsRead, next);
  }

  async recordPendingEvents(claim: string, rowAsRead: MessageRow, pendingEvents: string, deleteBy: number) {
    this.journal.record('recordPendingEvents', rowAsRead.id);
    const { writeIntent: _settled, ...rest } = rowAsRead;
    return this.update(claim, rowAsRead, { ...rest, pendingEvents, deleteBy });
  }

  async recordWriteIntent(
    claim: string,
    rowAsRead: MessageRow,
    writeIntent: string | undefined,
    deleteBy: number,
  ) {
    this.journal.record('recordWriteIntent', rowAsRead.id, writeIntent === undefined ? 'forget' : 'intend');
    const { writeIntent: _previous, ...rest } = { ...rowAsRead, deleteBy };
    return this.update(claim, rowAsRead, writeIntent === undefined ? rest : { ...rest, writeIntent });
  }

  private update(claim: string, rowAsRead: MessageRow, next: MessageRow): MessageRow {
    const stored = this.rows.get(rowAsRead.id);
    if (claim !== this.claimHolder) throw new FakeRefusal(`claim lost on row ${rowAsRead.id}`);
    if (
      !stored ||
      !isPending(stored) ||
      stored.status !== rowAsRead.status ||
      stored.retryCount !== rowAsRead.retryCount
    ) {
      throw new FakeRefusal(`row ${rowAsRead.id} changed`);
    }
    this.rows.set(next.id, next);
    return next;
  }
}
