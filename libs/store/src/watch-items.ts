import type { MessageRow, RowTransition } from '@ptpu/domain';

/*
 * A waiting row's watches: one item per case it waits on, in the message table beside the row, so a probation
 * event naming a case finds the bookings it may move by one Query on `by-watched-crn`, never a Scan. A watch
 * expires with its row (the same `deleteBy`) and is written in the transaction that leaves the row waiting; one
 * left behind by a row since done costs at most a look at a booking with nothing pending.
 */

/** Watches a row writes at most: a search offers a handful of cases; more would only crowd the transaction. */
const MAX_WATCHES = 20;

export type WatchItem = {
  id: string;
  watchCrn: string;
  watchBookingId: number;
  watchRowId: string;
  deleteBy: number;
};

/** The watches a "try later" transition leaves, for each case it names (none for "done"). */
export function watchItemsOf(row: MessageRow, transition: RowTransition): WatchItem[] {
  if (transition.kind !== 'try-later' || !transition.watchedCrns) return [];
  return transition.watchedCrns
    .split(', ')
    .slice(0, MAX_WATCHES)
    .map((crn) => ({
      id: `watch#${crn}#${row.id}`,
      watchCrn: crn,
      watchBookingId: row.bookingId,
      watchRowId: row.id,
      deleteBy: transition.deleteBy,
    }));
}
