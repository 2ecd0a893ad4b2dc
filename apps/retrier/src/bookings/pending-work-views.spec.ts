import { done, transitionFor, type MessageRow, type PendingWork } from '@ptpu/domain';
import { buildMessageRow, FixedClock } from '@ptpu/domain/testing';
import { includingRows } from './including-rows';
import { withoutExpiredRows } from './without-expired-rows';

/** A booking's pending rows served in the given pages; writes are recorded, as the store would take them. */
function pagedWork(pages: MessageRow[][]) {
  const completed: string[] = [];
  const work: PendingWork<string> = {
    async *pendingRowsOfBooking() {
      yield* pages;
    },
    async completeAttempt(_claim, rowAsRead) {
      completed.push(rowAsRead.id);
      return rowAsRead;
    },
    recordPendingEvents: async (_claim, rowAsRead) => rowAsRead,
    clearPendingEvents: async (_claim, rowAsRead) => rowAsRead,
  };
  return { work, completed };
}

async function idsOf(work: PendingWork<string>): Promise<string[][]> {
  const pages: string[][] = [];
  for await (const page of work.pendingRowsOfBooking(1)) pages.push(page.map((row) => row.id));
  return pages;
}

const clock = new FixedClock('2026-03-01T12:00:00.000Z');
const nowSeconds = clock.now().getTime() / 1000;

describe('withoutExpiredRows', () => {
  it('when some rows are past their deleteBy, then the booking shows only the others, and empty pages vanish', async () => {
    const expired = buildMessageRow({ id: 'expired', deleteBy: nowSeconds - 60 });
    const atDeleteBy = buildMessageRow({ id: 'at-delete-by', deleteBy: nowSeconds });
    const live = buildMessageRow({ id: 'live', deleteBy: nowSeconds + 1 });

    await expect(
      idsOf(withoutExpiredRows(pagedWork([[expired], [atDeleteBy, live]]).work, clock)),
    ).resolves.toEqual([['live']]);
  });

  it('passes writes through to the store', async () => {
    const row = buildMessageRow();
    const { work, completed } = pagedWork([]);

    await withoutExpiredRows(work, clock).completeAttempt(
      'claim',
      row,
      transitionFor(row, done('COMPLETED'), clock.now()),
    );

    expect(completed).toEqual([row.id]);
  });
});

describe('includingRows', () => {
  it('when the index does not show the reopened rows yet, then they come first', async () => {
    const reopened = buildMessageRow({ id: 'reopened' });
    const other = buildMessageRow({ id: 'other' });

    await expect(idsOf(includingRows(pagedWork([[other]]).work, [reopened]))).resolves.toEqual([
      ['reopened'],
      ['other'],
    ]);
  });

  it('when the index already shows a reopened row, then it is taken once', async () => {
    const reopened = buildMessageRow({ id: 'reopened' });

    await expect(idsOf(includingRows(pagedWork([[reopened]]).work, [reopened]))).resolves.toEqual([
      ['reopened'],
    ]);
  });

  it('when nothing was reopened, then the booking is as the index shows it', async () => {
    const other = buildMessageRow({ id: 'other' });

    await expect(idsOf(includingRows(pagedWork([[other]]).work, []))).resolves.toEqual([['other']]);
  });
});
