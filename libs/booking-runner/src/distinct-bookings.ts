import type { MessageRow } from '@ptpu/domain';

/**
 * The bookings of `pages` of rows, each once, in the order of its first row. Pages are read only as the
 * bookings are taken, so a large backlog is never held in memory: only the ids already given are kept.
 */
export async function* distinctBookings(
  pages: AsyncIterable<readonly Pick<MessageRow, 'bookingId'>[]>,
): AsyncGenerator<number> {
  const seen = new Set<number>();
  for await (const page of pages) {
    for (const { bookingId } of page) {
      if (seen.has(bookingId)) continue;
      seen.add(bookingId);
      yield bookingId;
    }
  }
}
