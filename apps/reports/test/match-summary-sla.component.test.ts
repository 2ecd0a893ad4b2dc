import type { MessageRow, MessageStatus } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import { ReportsUnderTest } from './support/reports-under-test';

const reports = new ReportsUnderTest();

const CATEGORISED: MessageStatus[] = [
  'NO_MATCH',
  'NO_MATCH_WITH_SENTENCE_DATE',
  'TOO_MANY_MATCHES',
  'BOOKING_NUMBER_NOT_ASSIGNED',
  'LOCATION_NOT_UPDATED',
  'ERROR',
];
const ONE_EACH = {
  'no-match': 1,
  'no-match-sentence': 1,
  'too-many-matches': 1,
  'book-number-set-fail': 1,
  'location-set-fail': 1,
  'key-dates-set-fail': 0,
  'error-fail': 1,
  'noms-number-held-elsewhere': 0,
  'book-number-on-two-custodies': 0,
};

let minute = 0;
const row = (days: number, overrides: Partial<MessageRow>) =>
  buildMessageRow({ createdDate: reports.daysAgo(days, -(minute += 1)), ...overrides });
const processed = (status: MessageStatus) => row(3, { status, processedDate: reports.daysAgo(2) });

// The original's test data set: 17 counted rows, plus rows the summary must leave out.
beforeAll(async () => {
  await reports.start('match-summary-sla');
  await reports.seed([
    processed('COMPLETED'),
    processed('COMPLETED'),
    processed('COMPLETED'),
    processed('NO_LONGER_VALID'),
    row(0, { status: 'VALIDATED' }),
    ...CATEGORISED.map((status) => row(2, { status, retryCount: 3 })),
    ...CATEGORISED.map((status) => row(8, { status, retryCount: 9 })),
    processed('SUPERSEDED'),
    processed('DRY_RUN'),
    row(8, { eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED', status: 'ERROR', retryCount: 2 }),
  ]);
});
afterAll(() => reports.stop());

async function summary(query = ''): Promise<Record<string, unknown>> {
  const response = await reports.get(`/report/match-summary${query}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return (await response.json()) as Record<string, unknown>;
}

describe('GET /report/match-summary', () => {
  it("when the SLA is the default 7 days, then the 8-day-old rows exceed it: the original's summary", async () => {
    expect(await summary()).toEqual({
      total: 17,
      completed: { total: 4, success: 3, rejected: 1 },
      waiting: { total: 7, new: 1, retry: 6, category: ONE_EACH },
      'exceeded-sla': { total: 6, category: ONE_EACH },
    });
  });

  it('when slaDays=9, then the 8-day-old rows are back to waiting', async () => {
    expect(await summary('?slaDays=9')).toMatchObject({
      total: 17,
      waiting: { total: 13, new: 1, retry: 12 },
      'exceeded-sla': { total: 0 },
    });
  });

  it('when slaDays=0, then every unprocessed row has exceeded it', async () => {
    expect(await summary('?slaDays=0')).toMatchObject({
      waiting: { total: 0 },
      'exceeded-sla': { total: 13 },
    });
  });

  it('when a key-date update keeps failing, then it has a category of its own', async () => {
    await reports.seed([row(1, { status: 'KEY_DATES_NOT_UPDATED', retryCount: 2, locationId: 'KDF' })]);

    expect(await summary('?locationId=KDF')).toMatchObject({
      total: 1,
      waiting: { category: { ...ONE_EACH, ...zeroes(), 'key-dates-set-fail': 1 } },
    });
  });
});

function zeroes(): Record<string, number> {
  return Object.fromEntries(Object.keys(ONE_EACH).map((category) => [category, 0]));
}
