import type { MessageRow } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import { DynamoPendingBacklog, MESSAGE_INDEX } from '../src';
import { recordCalls, type CallRecorder } from '../src/testing';
import { StoreUnderTest } from './support/store-under-test';

/** The backlog gauge's counts against DynamoDB Local: pending rows only, by state and status, Queries only. */
const store = new StoreUnderTest();
let recorder: CallRecorder;

let sequence = 0;
const pending = (status: MessageRow['status'], retryCount: number) =>
  buildMessageRow({ id: `pending-${++sequence}`, status, retryCount });
const processed = (status: MessageRow['status'], retryCount: number) =>
  buildMessageRow({
    id: `processed-${++sequence}`,
    status,
    retryCount,
    processedDate: '2026-01-15T09:00:00.000Z',
  });

const rows: MessageRow[] = [
  pending('VALIDATED', 0),
  pending('VALIDATED', 0),
  pending('VALIDATED', 0),
  pending('NO_MATCH', 1),
  pending('NO_MATCH', 4),
  pending('BOOKING_NUMBER_NOT_ASSIGNED', 2),
  pending('TOO_MANY_MATCHES', 7),
  pending('NO_MATCH_WITH_SENTENCE_DATE', 12),
  pending('NO_MATCH_WITH_SENTENCE_DATE', 15),
  processed('COMPLETED', 0),
  processed('COMPLETED', 3),
  processed('NO_LONGER_VALID', 6),
  processed('NO_MATCH', 11),
];

beforeAll(async () => {
  await store.setUp('pending-backlog');
  const repository = store.repository();
  for (const row of rows) await repository.storeIfAbsent(row);
  recorder = recordCalls(store.client);
});

afterAll(async () => {
  recorder.stop();
  await store.tearDown();
});

describe('DynamoPendingBacklog', () => {
  it('counts only pending rows, by pending state and status, over several pages per partition', async () => {
    const backlog = new DynamoPendingBacklog({
      client: store.client,
      messageTable: store.names.messageTable,
      pageSize: 2,
    });

    await expect(backlog.count()).resolves.toEqual({
      NEW: { VALIDATED: 3 },
      SHORT: { NO_MATCH: 2, BOOKING_NUMBER_NOT_ASSIGNED: 1 },
      MEDIUM: { TOO_MANY_MATCHES: 1 },
      LONG: { NO_MATCH_WITH_SENTENCE_DATE: 2 },
    });
    expect(recorder.operations()).toEqual(['Query']);
    expect(new Set(recorder.calls.map((call) => call.index))).toEqual(
      new Set([MESSAGE_INDEX.pendingByState]),
    );
    // NEW's three rows need a second page (and SHORT's three too): paging is followed, not cut short.
    expect(recorder.calls.length).toBeGreaterThan(4);
  });

  it('reports every state, empty when nothing waits there', async () => {
    const empty = new StoreUnderTest();
    await empty.setUp('pending-backlog-empty');
    try {
      const backlog = new DynamoPendingBacklog({
        client: empty.client,
        messageTable: empty.names.messageTable,
      });

      await expect(backlog.count()).resolves.toEqual({ NEW: {}, SHORT: {}, MEDIUM: {}, LONG: {} });
    } finally {
      await empty.tearDown();
    }
  });
});
