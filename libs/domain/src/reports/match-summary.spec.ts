import { buildMessageRow } from '../testing/build-message-row';
import type { MessageStatus } from '../message/message-row';
import { MatchSummaryTally } from './match-summary';

const NOW = new Date('2026-01-15T10:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const SLA_BOUNDARY = new Date(daysAgo(7));

const pending = (status: MessageStatus, ageDays: number, retryCount = 1) =>
  buildMessageRow({ status, createdDate: daysAgo(ageDays), retryCount });
const processed = (status: MessageStatus) =>
  buildMessageRow({ status, createdDate: daysAgo(2), processedDate: daysAgo(1), retryCount: 0 });

const TRY_LATER_STATUSES: MessageStatus[] = [
  'NO_MATCH',
  'NO_MATCH_WITH_SENTENCE_DATE',
  'TOO_MANY_MATCHES',
  'BOOKING_NUMBER_NOT_ASSIGNED',
  'LOCATION_NOT_UPDATED',
  'ERROR',
];

function tally(rows: ReturnType<typeof buildMessageRow>[], boundary = SLA_BOUNDARY) {
  const t = new MatchSummaryTally(boundary);
  rows.forEach((row) => t.add(row));
  return t.summary();
}

describe('MatchSummaryTally', () => {
  it("reproduces the original's 17-row summary", () => {
    const rows = [
      ...['COMPLETED', 'COMPLETED', 'COMPLETED', 'NO_LONGER_VALID'].map((s) => processed(s as MessageStatus)),
      pending('VALIDATED', 0, 0),
      ...TRY_LATER_STATUSES.map((s) => pending(s, 3)),
      ...TRY_LATER_STATUSES.map((s) => pending(s, 8)),
    ];

    const everyCategoryOnce = {
      'no-match': 1,
      'no-match-sentence': 1,
      'too-many-matches': 1,
      'book-number-set-fail': 1,
      'location-set-fail': 1,
      'key-dates-set-fail': 0,
      'noms-number-held-elsewhere': 0,
      'book-number-on-two-custodies': 0,
      'error-fail': 1,
    };
    expect(tally(rows)).toEqual({
      total: 17,
      completed: { total: 4, success: 3, rejected: 1 },
      waiting: { total: 7, new: 1, retry: 6, category: everyCategoryOnce },
      'exceeded-sla': { total: 6, category: everyCategoryOnce },
    });
  });

  it('moves 8-day-old rows back to waiting when the SLA is 9 days', () => {
    const rows = TRY_LATER_STATUSES.map((s) => pending(s, 8));

    expect(tally(rows, new Date(daysAgo(9)))).toMatchObject({
      waiting: { total: 6, retry: 6 },
      'exceeded-sla': { total: 0 },
    });
    expect(tally(rows, new Date(Date.parse(daysAgo(8)) + 1))).toMatchObject({
      waiting: { total: 0 },
      'exceeded-sla': { total: 6 },
    });
  });

  it('treats the SLA boundary as strict: a row created exactly at it is still waiting', () => {
    expect(tally([pending('NO_MATCH', 7)])).toMatchObject({
      waiting: { total: 1 },
      'exceeded-sla': { total: 0 },
    });
  });

  it.each([
    ['KEY_DATES_NOT_UPDATED', 'key-dates-set-fail'],
    ['NOMS_NUMBER_HELD_ELSEWHERE', 'noms-number-held-elsewhere'],
    ['BOOK_NUMBER_ON_TWO_CUSTODIES', 'book-number-on-two-custodies'],
  ] as const)('counts %s rows in their own category, %s', (status, category) => {
    const summary = tally([pending(status, 1), pending(status, 10)]);

    expect(summary.waiting.category[category]).toBe(1);
    expect(summary['exceeded-sla'].category[category]).toBe(1);
    expect(summary.waiting.category['error-fail']).toBe(0);
  });

  it('does not count superseded or dry-run rows, nor other event types', () => {
    const summary = tally([
      processed('SUPERSEDED'),
      processed('DRY_RUN'),
      buildMessageRow({ eventType: 'BOOKING_NUMBER-CHANGED', createdDate: daysAgo(1) }),
    ]);

    expect(summary.total).toBe(0);
  });

  it('hands out copies, so a caller cannot change the counts', () => {
    const t = new MatchSummaryTally(SLA_BOUNDARY);
    t.summary().completed.total = 99;

    expect(t.summary().completed.total).toBe(0);
  });
});
