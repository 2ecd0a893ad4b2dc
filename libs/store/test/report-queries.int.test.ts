import type { MessageRow } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import { DynamoReportRows, MESSAGE_INDEX } from '../src';
import { recordCalls, type CallRecorder } from '../src/testing';
import { StoreUnderTest } from './support/store-under-test';

/**
 * Report reads against DynamoDB Local: the right rows, oldest first across index partitions, strict bounds,
 * and only index Queries (small pages, so every read crosses page boundaries).
 */
const store = new StoreUnderTest();
const NOW = new Date('2026-01-15T10:00:00.000Z');
let recorder: CallRecorder;
let reports: DynamoReportRows;

const at = (iso: string) => new Date(iso);
const pending = (id: string, createdDate: string, status: MessageRow['status'], retryCount: number) =>
  buildMessageRow({ id, createdDate, status, retryCount });
const processed = (id: string, createdDate: string, processedDate: string, extra: Partial<MessageRow> = {}) =>
  buildMessageRow({ id, createdDate, processedDate, status: 'COMPLETED', ...extra });

const rows: MessageRow[] = [
  pending('p1-new', '2026-01-15T09:00:00.000Z', 'VALIDATED', 0),
  pending('p2-short-no-match', '2026-01-05T08:00:00.000Z', 'NO_MATCH', 2),
  pending('p3-medium-too-many', '2026-01-06T08:00:00.000Z', 'TOO_MANY_MATCHES', 6),
  pending('p4-long-no-match-sentence', '2026-01-04T08:00:00.000Z', 'NO_MATCH_WITH_SENTENCE_DATE', 12),
  pending('p5-short-book-number', '2026-01-03T08:00:00.000Z', 'BOOKING_NUMBER_NOT_ASSIGNED', 1),
  {
    ...pending('p6-new-merge', '2026-01-14T08:00:00.000Z', 'VALIDATED', 0),
    eventType: 'BOOKING_NUMBER-CHANGED',
  },
  pending('p7-short-young', '2026-01-14T12:00:00.000Z', 'NO_MATCH', 1),
  processed('d1', '2026-01-10T08:00:00.000Z', '2026-01-10T09:00:00.000Z'),
  processed('d2', '2026-01-11T08:00:00.000Z', '2026-01-12T09:00:00.000Z', {
    locationId: 'WWI',
    status: 'NO_LONGER_VALID',
  }),
  processed('d3', '2026-01-09T08:00:00.000Z', '2026-01-13T09:00:00.000Z', {
    eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
  }),
  processed('d4', '2026-01-12T08:00:00.000Z', '2026-01-12T08:30:00.000Z', {
    eventType: 'BOOKING_NUMBER-CHANGED',
  }),
];

async function idsOf(iterable: AsyncIterable<MessageRow>): Promise<string[]> {
  const ids: string[] = [];
  for await (const row of iterable) ids.push(row.id);
  return ids;
}

beforeAll(async () => {
  await store.setUp('report-queries');
  const repository = store.repository();
  for (const row of rows) await repository.storeIfAbsent(row);
  reports = new DynamoReportRows({
    client: store.client,
    messageTable: store.names.messageTable,
    pageSize: 2,
  });
  recorder = recordCalls(store.client);
});

beforeEach(() => recorder.clear());

afterAll(async () => {
  recorder.stop();
  await store.tearDown();
});

describe('DynamoReportRows', () => {
  it('lists every pending row oldest first, merging the four pending-by-state partitions', async () => {
    expect(await idsOf(reports.inProgress())).toEqual([
      'p5-short-book-number',
      'p4-long-no-match-sentence',
      'p2-short-no-match',
      'p3-medium-too-many',
      'p6-new-merge',
      'p7-short-young',
      'p1-new',
    ]);
    expect(recorder.operations()).toEqual(['Query']);
    expect(new Set(recorder.calls.map((call) => call.index))).toEqual(
      new Set([MESSAGE_INDEX.pendingByState]),
    );
  });

  it('returns the full rows, snapshot included', async () => {
    const [first] = await collect(reports.inProgress());

    expect(first).toEqual(rows[4]);
  });

  it('reads only as many pages as the consumer takes', async () => {
    for await (const _row of reports.inProgress()) break;

    // One first page per partition, and nothing more: the rest of the report is never read.
    expect(recorder.calls).toHaveLength(4);
  });

  it('lists pending not-matched rows created strictly before the cutoff, oldest first', async () => {
    expect(await idsOf(reports.notMatched(at('2026-01-08T10:00:00.000Z')))).toEqual([
      'p4-long-no-match-sentence',
      'p2-short-no-match',
      'p3-medium-too-many',
    ]);
    expect(await idsOf(reports.notMatched(at('2026-01-05T08:00:00.000Z')))).toEqual([
      'p4-long-no-match-sentence',
    ]);
    expect(await idsOf(reports.notMatched(NOW))).toContain('p7-short-young');
  });

  describe('processed rows', () => {
    it.each<[string, Parameters<DynamoReportRows['processed']>[0], string[]]>([
      ['no filter', {}, ['d3', 'd1', 'd2', 'd4']],
      ['a location', { locationId: 'WWI' }, ['d2']],
      ['an event type', { eventType: 'IMPRISONMENT_STATUS-CHANGED' }, ['d1', 'd2']],
      ['a strict processed start', { processedAfter: at('2026-01-12T08:30:00.000Z') }, ['d3', 'd2']],
      ['a strict processed end', { processedBefore: at('2026-01-12T09:00:00.000Z') }, ['d1', 'd4']],
      [
        'a processed range',
        { processedAfter: at('2026-01-10T09:00:00.000Z'), processedBefore: at('2026-01-13T09:00:00.000Z') },
        ['d2', 'd4'],
      ],
      ['a strict created start', { createdAfter: at('2026-01-10T08:00:00.000Z') }, ['d2', 'd4']],
      ['a strict created end', { createdBefore: at('2026-01-11T08:00:00.000Z') }, ['d3', 'd1']],
      [
        'every filter at once',
        {
          locationId: 'MDI',
          eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
          processedAfter: at('2026-01-13T00:00:00.000Z'),
          createdBefore: at('2026-01-10T00:00:00.000Z'),
        },
        ['d3'],
      ],
    ])('filters by %s, oldest created first', async (_, filter, expected) => {
      expect(await idsOf(reports.processed(filter, NOW))).toEqual(expected);
    });

    it('finds the oldest created row through processed-by-day before reading by-event-type', async () => {
      await idsOf(reports.processed({ processedAfter: at('2026-01-12T08:30:00.000Z') }, NOW));

      const indexes = recorder.calls.map((call) => call.index);
      expect(indexes.filter((index) => index === MESSAGE_INDEX.processedByDay)).toHaveLength(4); // 12th to 15th
      expect(indexes.indexOf(MESSAGE_INDEX.byEventType)).toBeGreaterThan(
        indexes.lastIndexOf(MESSAGE_INDEX.processedByDay),
      );
    });

    it('stops after the day partitions when nothing was processed in the range', async () => {
      expect(await idsOf(reports.processed({ processedAfter: at('2026-01-14T00:00:00.000Z') }, NOW))).toEqual(
        [],
      );
      expect(recorder.calls.every((call) => call.index === MESSAGE_INDEX.processedByDay)).toBe(true);
    });

    it('reads a processed range longer than the table can hold through by-event-type alone', async () => {
      expect(await idsOf(reports.processed({ processedAfter: at('2025-01-01T00:00:00.000Z') }, NOW))).toEqual(
        ['d3', 'd1', 'd2', 'd4'],
      );
      expect(recorder.calls.some((call) => call.index === MESSAGE_INDEX.processedByDay)).toBe(false);
    });
  });

  it('lists status-change rows, pending and processed, by location and strict created range', async () => {
    expect(await idsOf(reports.statusChanges({}))).toEqual([
      'p5-short-book-number',
      'p4-long-no-match-sentence',
      'p2-short-no-match',
      'p3-medium-too-many',
      'd1',
      'd2',
      'p7-short-young',
      'p1-new',
    ]);
    expect(await idsOf(reports.statusChanges({ locationId: 'WWI' }))).toEqual(['d2']);
    const range = {
      createdAfter: at('2026-01-05T08:00:00.000Z'),
      createdBefore: at('2026-01-11T08:00:00.000Z'),
    };
    expect(await idsOf(reports.statusChanges(range))).toEqual(['p3-medium-too-many', 'd1']);
    expect(new Set(recorder.calls.map((call) => call.index))).toEqual(new Set([MESSAGE_INDEX.byEventType]));
  });
});

async function collect(iterable: AsyncIterable<MessageRow>): Promise<MessageRow[]> {
  const collected: MessageRow[] = [];
  for await (const row of iterable) collected.push(row);
  return collected;
}
