import type { MessageRow, PendingWork } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import { includingRows } from './reprocess-booking';

/** A booking's pending rows served in the given pages, as the `pending-by-booking` index would show them. */
function pagedWork(pages: MessageRow[][]): PendingWork<string> {
  return {
    async *pendingRowsOfBooking() {
      yield* pages;
    },
    completeAttempt: async (_claim, rowAsRead) => rowAsRead,
    recordPendingEvents: async (_claim, rowAsRead) => rowAsRead,
    recordWriteIntent: async (_claim, rowAsRead) => rowAsRead,
  };
}

async function idsOf(work: PendingWork<string>): Promise<string[][]> {
  const pages: string[][] = [];
  for await (const page of work.pendingRowsOfBooking(1)) pages.push(page.map((row) => row.id));
  return pages;
}

describe('includingRows', () => {
  it('when the index does not show the reopened rows yet, then they come first', async () => {
    const reopened = buildMessageRow({ id: 'reopened' });
    const other = buildMessageRow({ id: 'other' });

    await expect(idsOf(includingRows(pagedWork([[other]]), [reopened]))).resolves.toEqual([
      ['reopened'],
      ['other'],
    ]);
  });

  it('when the index already shows a reopened row, then it is taken once', async () => {
    const reopened = buildMessageRow({ id: 'reopened' });

    await expect(idsOf(includingRows(pagedWork([[reopened]]), [reopened]))).resolves.toEqual([['reopened']]);
  });

  it('when nothing was reopened, then the booking is as the index shows it', async () => {
    const other = buildMessageRow({ id: 'other' });

    await expect(idsOf(includingRows(pagedWork([[other]]), []))).resolves.toEqual([['other']]);
  });
});
