import type { MessageRow } from '@ptpu/domain';

/** The due-row query of the message repository (pending-by-state `NEW`, created before the cutoff). */
export interface DueRows {
  dueFirstTimeRows(cutoff: Date): AsyncIterable<readonly MessageRow[]>;
}

/**
 * The bookings that have a first-time row older than the hold-back, oldest row first, each once. Pages are read
 * only as the bookings are taken, so a large backlog is never held in memory.
 */
export async function* dueBookings(rows: DueRows, cutoff: Date): AsyncGenerator<number> {
  const seen = new Set<number>();
  for await (const page of rows.dueFirstTimeRows(cutoff)) {
    for (const { bookingId } of page) {
      if (seen.has(bookingId)) continue;
      seen.add(bookingId);
      yield bookingId;
    }
  }
}
