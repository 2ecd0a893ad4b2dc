import { londonDate, londonDateTime, reportingDeleteBy, type MessageRow, type RetryTier } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import { RetrierUnderTest, type RowAttempt } from '../support/retrier-under-test';
import { bookNumberOf, testWorld, type TestPerson } from '../support/test-world';

// A month of firings (about 1,050 tier runs) through the spring clock change, in one walk shared by every
// scenario below: each scenario is a booking of its own.
jest.setTimeout(240_000);

/** The validator stored the rows just before midnight; the processor's first attempt (at the hold-back) failed. */
const CREATED = '2026-03-19T23:40:00.000Z';
const WALK_START = '2026-03-20T00:45:00.000Z';
const WALK_END = '2026-04-23T00:00:00.000Z';
const DAY_3_NOON = '2026-03-22T12:00:00.000Z';

const people = {
  neverMatched: { bookingId: 3001, offenderNo: 'A3001RT', sentenceStartDate: '2026-03-10' },
  matchedAtSecondAttempt: {
    bookingId: 3002,
    offenderNo: 'A3002RT',
    crn: 'X300002',
    sentenceStartDate: '2026-03-10',
  },
  alreadyProcessed: {
    bookingId: 3003,
    offenderNo: 'A3003RT',
    crn: 'X300003',
    sentenceStartDate: '2026-03-10',
  },
  eventRecordedOnDay3: {
    bookingId: 3004,
    offenderNo: 'A3004RT',
    crn: 'X300004',
    sentenceStartDate: '2026-03-10',
    custodialEventAppearsAfter: '1000d',
  },
  inPrisonUnknownToDelius: {
    bookingId: 3005,
    offenderNo: 'A3005RT',
    crn: 'X300005',
    sentenceStartDate: '2026-03-10',
    sentenceExpiryDate: '2026-04-21',
    agencyId: 'NDI',
  },
  keyDatesRefused: {
    bookingId: 3006,
    offenderNo: 'A3006RT',
    crn: 'X300006',
    sentenceStartDate: '2026-03-10',
    sentenceExpiryDate: '2026-04-20',
  },
} satisfies Record<string, TestPerson>;

/** A status-change row of `person` as the processor's failed first attempt left it. */
function rowAfterFirstAttempt(person: TestPerson, overrides: Partial<MessageRow> = {}): MessageRow {
  return buildMessageRow({
    id: `row-${person.bookingId}`,
    bookingId: person.bookingId,
    offenderNo: person.offenderNo,
    bookingNo: bookNumberOf(person),
    createdDate: CREATED,
    deleteBy: reportingDeleteBy(new Date(CREATED)),
    retryCount: 1,
    status: 'ERROR',
    ...overrides,
  });
}

const rows = {
  neverMatched: rowAfterFirstAttempt(people.neverMatched, { status: 'NO_MATCH' }),
  matchedAtSecondAttempt: rowAfterFirstAttempt(people.matchedAtSecondAttempt),
  alreadyProcessed: rowAfterFirstAttempt(people.alreadyProcessed, {
    retryCount: 2,
    status: 'COMPLETED',
    processedDate: '2026-03-20T00:40:00.000Z',
    matchingCrns: 'X300003',
  }),
  eventRecordedOnDay3: rowAfterFirstAttempt(people.eventRecordedOnDay3, { status: 'NO_MATCH' }),
  inPrisonUnknownToDelius: rowAfterFirstAttempt(people.inPrisonUnknownToDelius),
  keyDatesRefused: rowAfterFirstAttempt(people.keyDatesRefused),
};

let retrier: RetrierUnderTest;
let attempts: RowAttempt[];
const attemptsAt = (row: MessageRow) => attempts.filter((attempt) => attempt.rowId === row.id);
const tiersOf = (list: RowAttempt[]) => list.map((attempt) => attempt.tier);
const times = (tier: RetryTier, count: number): RetryTier[] => Array.from({ length: count }, () => tier);

beforeAll(async () => {
  retrier = await RetrierUnderTest.start({ world: testWorld(Object.values(people)), startAt: WALK_START });
  await retrier.store(...Object.values(rows));
  retrier.sandbox.admin.addFault({
    upstream: 'communityApi',
    method: 'POST',
    path: `/secure/offenders/nomsNumber/${people.keyDatesRefused.offenderNo}/bookingNumber/*/custody/keyDates`,
    status: 404,
  });

  attempts = await retrier.walkTo(DAY_3_NOON);
  const revealed = await fetch(
    `${retrier.sandbox.urls.admin}/delius/${people.eventRecordedOnDay3.crn}/reveal-convictions`,
    {
      method: 'POST',
    },
  );
  expect(revealed.status).toBe(200);
  attempts.push(...(await retrier.walkTo(WALK_END)));
});

afterAll(() => retrier?.stop());

describe('a row that always fails', () => {
  it('is attempted 4 times by the short tier, 6 times by the medium tier, then daily by the long tier', () => {
    expect(tiersOf(attemptsAt(rows.neverMatched))).toEqual([
      ...times('SHORT', 4),
      ...times('MEDIUM', 6),
      ...times('LONG', 29),
    ]);
    expect(attemptsAt(rows.neverMatched).map((attempt) => attempt.retryCount)).toEqual(
      Array.from({ length: 39 }, (_, i) => i + 2),
    );
    expect(attemptsAt(rows.neverMatched).every((attempt) => attempt.status === 'NO_MATCH')).toBe(true);
  });

  it('is attempted hourly, then every four hours, at the London times of the crons', () => {
    const london = attemptsAt(rows.neverMatched)
      .slice(0, 10)
      .map((attempt) => londonDateTime(attempt.at));
    expect(london).toEqual([
      '2026-03-20T01:00:00',
      '2026-03-20T02:00:00',
      '2026-03-20T03:00:00',
      '2026-03-20T04:00:00',
      '2026-03-20T04:15:00',
      '2026-03-20T08:15:00',
      '2026-03-20T12:15:00',
      '2026-03-20T16:15:00',
      '2026-03-20T20:15:00',
      '2026-03-21T00:15:00',
    ]);
  });

  it('is attempted at 23:30 London every day, across the spring clock change, until its deleteBy', () => {
    const daily = attemptsAt(rows.neverMatched).filter((attempt) => attempt.tier === 'LONG');
    expect(daily.map((attempt) => londonDateTime(attempt.at).slice(11))).toEqual(
      times('LONG', 29).map(() => '23:30:00'),
    );
    expect(daily.map((attempt) => londonDate(attempt.at))).toEqual(londonDays('2026-03-21', '2026-04-18'));
    expect(daily.find((attempt) => londonDate(attempt.at) === '2026-03-28')?.at.toISOString()).toBe(
      '2026-03-28T23:30:00.000Z',
    );
    expect(daily.find((attempt) => londonDate(attempt.at) === '2026-03-29')?.at.toISOString()).toBe(
      '2026-03-29T22:30:00.000Z',
    );
    expect(lastOf(daily).at.getTime()).toBeLessThan(rows.neverMatched.deleteBy * 1000);
  });

  it('is left alone once its deleteBy has passed, though DynamoDB has not deleted it yet', async () => {
    await expect(retrier.row(rows.neverMatched.id)).resolves.toMatchObject({
      retryCount: 40,
      status: 'NO_MATCH',
    });
  });
});

describe('a row that succeeds on its second attempt', () => {
  it('is processed once, by the first short run, and never again', async () => {
    expect(attemptsAt(rows.matchedAtSecondAttempt)).toEqual([
      expect.objectContaining({
        tier: 'SHORT',
        at: new Date('2026-03-20T01:00:00.000Z'),
        status: 'COMPLETED',
        retryCount: 1,
      }),
    ]);
    const row = await retrier.row(rows.matchedAtSecondAttempt.id);
    expect(row).toMatchObject({
      status: 'COMPLETED',
      matchingCrns: people.matchedAtSecondAttempt.crn,
      retryCount: 1,
    });
    expect(retrier.sandbox.admin.deliusState(people.matchedAtSecondAttempt.crn)?.otherIds.nomsNumber).toBe(
      people.matchedAtSecondAttempt.offenderNo,
    );
  });
});

describe('a row that was already processed', () => {
  it('is never retried: no attempt, no upstream call, the row as it was', async () => {
    expect(attemptsAt(rows.alreadyProcessed)).toEqual([]);
    expect(
      retrier.requestsAbout(people.alreadyProcessed.bookingId, people.alreadyProcessed.offenderNo),
    ).toEqual([]);
    await expect(retrier.row(rows.alreadyProcessed.id)).resolves.toEqual(rows.alreadyProcessed);
  });
});

describe('a row whose Delius custodial event is recorded on day 3', () => {
  it('completes on day 3, at the long tier run after the event appeared', async () => {
    const list = attemptsAt(rows.eventRecordedOnDay3);
    expect(list.slice(0, -1).every((attempt) => attempt.status === 'NO_MATCH')).toBe(true);
    expect(lastOf(list)).toMatchObject({ tier: 'LONG', status: 'COMPLETED' });
    expect(londonDateTime(lastOf(list).at)).toBe('2026-03-22T23:30:00');
    const { processedDate } = await retrier.row(rows.eventRecordedOnDay3.id);
    expect(processedDate && londonDate(new Date(processedDate))).toBe('2026-03-22');
  });
});

describe('a location or key-date failure', () => {
  it.each([
    ['location', rows.inPrisonUnknownToDelius, people.inPrisonUnknownToDelius, 'LOCATION_NOT_UPDATED'],
    ['key-date', rows.keyDatesRefused, people.keyDatesRefused, 'KEY_DATES_NOT_UPDATED'],
  ])(
    'when a %s update fails, then the row is kept and retried to the end of the sentence expiry date',
    async (_, row, person, status) => {
      const endOfExpiryDay = `${person.sentenceExpiryDate}T23:59:59`;
      const stored = await retrier.row(row.id);
      expect(stored.status).toBe(status);
      expect(londonDateTime(new Date(stored.deleteBy * 1000))).toBe(endOfExpiryDay);
      const daily = attemptsAt(row).filter((attempt) => attempt.tier === 'LONG');
      expect(londonDate(lastOf(daily).at)).toBe(person.sentenceExpiryDate);
      expect(lastOf(daily).at.getTime()).toBeGreaterThan(row.deleteBy * 1000);
    },
  );
});

function lastOf(list: RowAttempt[]): RowAttempt {
  const last = list.at(-1);
  if (!last) throw new Error('no attempt at all');
  return last;
}

/** Every London date from `first` to `last` inclusive. */
function londonDays(first: string, last: string): string[] {
  const days: string[] = [];
  for (
    let day = new Date(`${first}T12:00:00Z`);
    londonDate(day) <= last;
    day = new Date(day.getTime() + 86_400_000)
  ) {
    days.push(londonDate(day));
  }
  return days;
}
