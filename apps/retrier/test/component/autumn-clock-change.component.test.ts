import { londonDateTime, reportingDeleteBy } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import { RetrierUnderTest, type RowAttempt } from '../support/retrier-under-test';
import { bookNumberOf, testWorld, type TestPerson } from '../support/test-world';

// The night the clocks go back (01:00-02:00 London happens twice) with a row that keeps failing.
const neverMatched: TestPerson = { bookingId: 4001, offenderNo: 'A4001RT', sentenceStartDate: '2026-10-01' };
const row = buildMessageRow({
  id: 'row-autumn',
  bookingId: neverMatched.bookingId,
  offenderNo: neverMatched.offenderNo,
  bookingNo: bookNumberOf(neverMatched),
  createdDate: '2026-10-24T22:30:00.000Z',
  deleteBy: reportingDeleteBy(new Date('2026-10-24T22:30:00.000Z')),
  retryCount: 1,
  status: 'NO_MATCH',
});

let retrier: RetrierUnderTest;
let attempts: RowAttempt[];

beforeAll(async () => {
  retrier = await RetrierUnderTest.start({
    world: testWorld([neverMatched]),
    startAt: '2026-10-24T23:45:00.000Z',
  });
  await retrier.store(row);
  attempts = await retrier.walkTo('2026-10-29T00:00:00.000Z');
}, 60_000);

afterAll(() => retrier?.stop());

describe('across the autumn clock change', () => {
  it('the short tier attempts hourly in real time, twice at 01:00 London, before the medium tier takes over', () => {
    expect(
      attempts.slice(0, 4).map(({ tier, at }) => `${tier} ${at.toISOString()} ${londonDateTime(at)}`),
    ).toEqual([
      'SHORT 2026-10-25T00:00:00.000Z 2026-10-25T01:00:00',
      'SHORT 2026-10-25T01:00:00.000Z 2026-10-25T01:00:00',
      'SHORT 2026-10-25T02:00:00.000Z 2026-10-25T02:00:00',
      'SHORT 2026-10-25T03:00:00.000Z 2026-10-25T03:00:00',
    ]);
  });

  it('the medium tier attempts 6 times at hh:15 London, every four hours, then the long tier daily at 23:30 London', () => {
    expect(attempts.slice(4).map(({ tier, at }) => `${tier} ${londonDateTime(at)}`)).toEqual([
      'MEDIUM 2026-10-25T04:15:00',
      'MEDIUM 2026-10-25T08:15:00',
      'MEDIUM 2026-10-25T12:15:00',
      'MEDIUM 2026-10-25T16:15:00',
      'MEDIUM 2026-10-25T20:15:00',
      'MEDIUM 2026-10-26T00:15:00',
      'LONG 2026-10-26T23:30:00',
      'LONG 2026-10-27T23:30:00',
      'LONG 2026-10-28T23:30:00',
    ]);
    expect(attempts.map((attempt) => attempt.retryCount)).toEqual(
      Array.from({ length: 13 }, (_, i) => i + 2),
    );
  });
});
