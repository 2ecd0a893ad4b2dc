import type { MessageRow } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import { ReportsUnderTest, csvLines } from './support/reports-under-test';

const reports = new ReportsUnderTest();

const tenDaysOld = (bookingId: number, status: MessageRow['status']) =>
  buildMessageRow({ bookingId, createdDate: reports.daysAgo(10, bookingId), status, retryCount: 3 });

beforeAll(async () => {
  await reports.start('not-matched');
  await reports.seed([
    tenDaysOld(1, 'NO_MATCH'),
    tenDaysOld(2, 'NO_MATCH_WITH_SENTENCE_DATE'),
    tenDaysOld(3, 'TOO_MANY_MATCHES'),
    tenDaysOld(4, 'BOOKING_NUMBER_NOT_ASSIGNED'),
    buildMessageRow({ bookingId: 5, createdDate: reports.daysAgo(0, -1), status: 'NO_MATCH', retryCount: 1 }),
    buildMessageRow({
      bookingId: 6,
      createdDate: reports.daysAgo(10),
      processedDate: reports.daysAgo(9),
      status: 'COMPLETED',
    }),
  ]);
});
afterAll(() => reports.stop());

async function bookingIds(path: string): Promise<string[]> {
  const response = await reports.get(path);
  expect(response.status).toBe(200);
  return csvLines(await response.text())
    .slice(1)
    .map((line) => line.split(',')[0] as string);
}

describe('GET /report/not-matched', () => {
  it('when daysOld is not given, then it lists unmatched rows older than 7 days, with the in-progress columns', async () => {
    const body = await (await reports.get('/report/not-matched')).text();

    expect(csvLines(body)[0]).toBe(
      '"BOOKINGID","BOOKINGNO","CREATEDDATE","CRNS","DELETEBY","EVENTTYPE","LEGALSTATUS","LOCATION","LOCATIONID","OFFENDERNO","RECALL","STATUS"',
    );
    expect(await bookingIds('/report/not-matched')).toEqual(['"1"', '"2"', '"3"']);
  });

  it('when daysOld=0, then a row created a minute ago is included too', async () => {
    expect(await bookingIds('/report/not-matched?daysOld=0')).toEqual(['"1"', '"2"', '"3"', '"5"']);
  });

  it('when daysOld reaches past every row, then the body is empty', async () => {
    expect(await (await reports.get('/report/not-matched?daysOld=11')).text()).toBe('');
  });
});
