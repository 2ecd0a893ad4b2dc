import { done, reportingDeleteBy, transitionFor, tryLater, type MessageRow } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import { type DynamoMessageRepository } from '../src';
import { recordCalls, type CallRecorder } from '../src/testing';
import { StoreUnderTest } from './support/store-under-test';

/**
 * The processor and the retrier run every few seconds for the life of the service; the original scanned the
 * whole table each time and was throttled. These tests run both paths through a recorder on the client and
 * prove they only use key-addressed operations and never read more than they return.
 */
const store = new StoreUnderTest();
const PAGE_SIZE = 2;
const SCHEDULED_OPERATIONS = ['Query', 'GetItem', 'BatchGetItem', 'UpdateItem', 'TransactWriteItems'];
let recorder: CallRecorder;
let repository: DynamoMessageRepository;

const createdMinutesAgo = (minutes: number) =>
  new Date(store.clock.now().getTime() - minutes * 60_000).toISOString();

beforeAll(async () => {
  await store.setUp('scheduled-paths');
  repository = store.repository(PAGE_SIZE);
  const rows: MessageRow[] = [
    // Processed history the scheduled paths must not pay for.
    ...Array.from({ length: 12 }, (_, i) =>
      buildMessageRow({ bookingId: 900 + i, status: 'COMPLETED', processedDate: createdMinutesAgo(100) }),
    ),
    // Due first-time rows: two bookings, one of them with a row in the short tier as well.
    buildMessageRow({ bookingId: 801, createdDate: createdMinutesAgo(90) }),
    buildMessageRow({ bookingId: 801, createdDate: createdMinutesAgo(80), retryCount: 2, status: 'ERROR' }),
    buildMessageRow({ bookingId: 802, createdDate: createdMinutesAgo(70) }),
    buildMessageRow({
      bookingId: 803,
      createdDate: createdMinutesAgo(75),
      eventType: 'BOOKING_NUMBER-CHANGED',
    }),
    // Too young to be due.
    buildMessageRow({ bookingId: 804, createdDate: createdMinutesAgo(5) }),
    // Medium tier.
    buildMessageRow({
      bookingId: 805,
      createdDate: createdMinutesAgo(600),
      retryCount: 6,
      status: 'NO_MATCH',
    }),
    buildMessageRow({
      bookingId: 806,
      createdDate: createdMinutesAgo(500),
      retryCount: 7,
      status: 'NO_MATCH',
    }),
  ];
  for (const row of rows) await repository.storeIfAbsent(row);
  recorder = recordCalls(store.client);
});
beforeEach(() => recorder.clear());
afterAll(async () => {
  recorder.stop();
  await store.tearDown();
});

/** One booking as the processor and retrier handle it: claim, read its pending rows, end each attempt. */
async function workBooking(
  bookingId: number,
  outcomeFor: (row: MessageRow) => Parameters<typeof transitionFor>[1],
) {
  return store.locks('worker-a').withClaim(bookingId, async (claim) => {
    for await (const page of repository.pendingRowsOfBooking(bookingId)) {
      for (const indexed of page) {
        const row = await repository.getRow(indexed.id);
        if (row)
          await repository.completeAttempt(
            claim,
            row,
            transitionFor(row, outcomeFor(row), store.clock.now()),
          );
      }
    }
  });
}

function expectOnlyScheduledOperations(): void {
  expect(recorder.calls.length).toBeGreaterThan(0);
  expect(SCHEDULED_OPERATIONS).toEqual(expect.arrayContaining(recorder.operations()));
  for (const query of recorder.calls.filter((call) => call.operation === 'Query')) {
    expect(query.limit).toBe(PAGE_SIZE);
    expect(query.scannedCount).toBeLessThanOrEqual((query.count ?? 0) + PAGE_SIZE);
  }
}

it('when the processor handles the due rows, then it uses only key operations and reads only pending rows', async () => {
  const cutoff = new Date(store.clock.now().getTime() - 15 * 60_000);

  await store.locks('processor-pod').withLock('processor', async () => {
    for await (const page of repository.dueFirstTimeRows(cutoff)) {
      for (const bookingId of new Set(page.map((row) => row.bookingId))) {
        await workBooking(bookingId, () => done('COMPLETED'));
      }
    }
  });

  expectOnlyScheduledOperations();
  const rowsRead = recorder.calls.reduce((sum, call) => sum + (call.scannedCount ?? 0), 0);
  // 3 due rows, then 2 + 1 + 1 pending rows of their bookings, and the young and medium rows never.
  expect(rowsRead).toBe(7);
  const after = await Promise.all(
    [801, 802, 803].map((bookingId) => collectIds(repository.pendingRowsOfBooking(bookingId))),
  );
  expect(after).toEqual([[], [], []]);
});

it('when the retrier handles a tier, then it uses only key operations and leaves other tiers alone', async () => {
  await store.locks('retrier-pod').withLock('retrier-medium', async () => {
    for await (const page of repository.pendingRowsOfTier('MEDIUM')) {
      for (const row of page) await workBooking(row.bookingId, () => tryLater('NO_MATCH'));
    }
  });

  expectOnlyScheduledOperations();
  const medium = await collectRows(repository.pendingRowsOfTier('MEDIUM'));
  expect(medium.map((row) => [row.bookingId, row.retryCount])).toEqual([
    [805, 7],
    [806, 8],
  ]);
  await expect(collectIds(repository.pendingRowsOfBooking(804))).resolves.toHaveLength(1);
  expect(medium.every((row) => row.deleteBy === reportingDeleteBy(new Date(row.createdDate)))).toBe(true);
});

async function collectRows(pages: AsyncIterable<MessageRow[]>): Promise<MessageRow[]> {
  const rows: MessageRow[] = [];
  for await (const page of pages) rows.push(...page);
  return rows;
}

async function collectIds(pages: AsyncIterable<MessageRow[]>): Promise<string[]> {
  return (await collectRows(pages)).map((row) => row.id);
}
