import type { MessageRow } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import { distinctBookings } from './distinct-bookings';

/** Rows served page by page, counting the pages read. */
function pagedRows(pages: MessageRow[][]) {
  const source = {
    pagesRead: 0,
    async *[Symbol.asyncIterator]() {
      for (const page of pages) {
        source.pagesRead += 1;
        yield page;
      }
    },
  };
  return source;
}

const row = (bookingId: number) => buildMessageRow({ bookingId });

describe('distinctBookings', () => {
  it('gives each booking once, in the order of its oldest due row, across pages', async () => {
    const rows = pagedRows([
      [row(3), row(1), row(3)],
      [row(2), row(1)],
    ]);

    const bookings: number[] = [];
    for await (const bookingId of distinctBookings(rows)) bookings.push(bookingId);

    expect(bookings).toEqual([3, 1, 2]);
  });

  it('reads the next page only once the bookings of the last one are taken', async () => {
    const rows = pagedRows([[row(1)], [row(2)], [row(3)]]);

    const taken = distinctBookings(rows);
    await taken.next();

    expect(rows.pagesRead).toBe(1);
  });
});
