import { londonDateTime } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import { ReportsUnderTest } from './support/reports-under-test';

const reports = new ReportsUnderTest();

// The original's filter data set: status changes created 10, 5 and 1 days ago, two at MDI and one at WWI.
beforeAll(async () => {
  await reports.start('match-summary-filters');
  await reports.seed([
    buildMessageRow({
      createdDate: reports.daysAgo(10),
      locationId: 'MDI',
      status: 'NO_MATCH',
      retryCount: 1,
    }),
    buildMessageRow({
      createdDate: reports.daysAgo(5),
      locationId: 'MDI',
      processedDate: reports.daysAgo(4),
      status: 'COMPLETED',
    }),
    buildMessageRow({ createdDate: reports.daysAgo(1), locationId: 'WWI' }),
    // Other event types are never counted.
    buildMessageRow({
      createdDate: reports.daysAgo(5),
      locationId: 'MDI',
      eventType: 'BOOKING_NUMBER-CHANGED',
    }),
  ]);
});
afterAll(() => reports.stop());

async function total(query: string): Promise<number> {
  const response = await reports.get(`/report/match-summary${query}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

const londonDaysAgo = (days: number) => londonDateTime(new Date(reports.daysAgo(days)));

describe('GET /report/match-summary filters', () => {
  it.each([
    ['MDI', 2],
    ['WWI', 1],
    ['LEI', 0],
  ])('when locationId=%s, then %d rows are counted', async (locationId, expected) => {
    expect(await total(`?locationId=${locationId}`)).toBe(expected);
  });

  it.each([
    [11, 3],
    [6, 2],
    [2, 1],
  ])('when created strictly after %d days ago, then %d rows are counted', async (days, expected) => {
    expect(await total(`?createdDateStartDateTime=${londonDaysAgo(days)}`)).toBe(expected);
  });

  it.each([
    [11, 0],
    [9, 1],
    [4, 2],
    [0, 3],
  ])('when created strictly before %d days ago, then %d rows are counted', async (days, expected) => {
    expect(await total(`?createdDateEndDateTime=${londonDaysAgo(days)}`)).toBe(expected);
  });

  it('when a bound equals a creation time, then that row is outside the range', async () => {
    expect(await total(`?createdDateStartDateTime=${londonDaysAgo(10)}`)).toBe(2);
    expect(await total(`?createdDateEndDateTime=${londonDaysAgo(1)}`)).toBe(2);
  });

  it('when the filters are combined, then only rows passing all of them are counted', async () => {
    const query = `?locationId=MDI&createdDateStartDateTime=${londonDaysAgo(6)}&createdDateEndDateTime=${londonDaysAgo(0)}&slaDays=3`;

    expect(await reports.get(`/report/match-summary${query}`).then((r) => r.json())).toMatchObject({
      total: 1,
      completed: { total: 1, success: 1 },
    });
  });
});
