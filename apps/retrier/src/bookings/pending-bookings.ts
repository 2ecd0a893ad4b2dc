import { everyKeptRow, isPending, type RowSelector } from '@ptpu/domain';
import type { DynamoMessageRepository } from '@ptpu/store';

/** The message table's rows of one prisoner, by the NOMS number of the booking when the row was stored. */
export type PrisonerRows = Pick<DynamoMessageRepository, 'rowsOfNomsNumber'>;

/** The prisoner's bookings with a pending row `select` takes (every pending row by default), each once. */
export async function pendingBookingsOf(
  rows: PrisonerRows,
  nomsNumber: string,
  select: RowSelector = everyKeptRow,
): Promise<Set<number>> {
  const bookingIds = new Set<number>();
  for await (const page of rows.rowsOfNomsNumber(nomsNumber)) {
    for (const row of page) if (isPending(row) && select(row)) bookingIds.add(row.bookingId);
  }
  return bookingIds;
}
