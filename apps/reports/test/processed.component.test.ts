import type { MessageRow } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import { ReportsUnderTest, csvLines } from './support/reports-under-test';

const reports = new ReportsUnderTest();

const processed = (
  bookingId: number,
  createdDate: string,
  processedDate: string,
  extra: Partial<MessageRow> = {},
) => buildMessageRow({ bookingId, createdDate, processedDate, status: 'COMPLETED', ...extra });

beforeAll(async () => {
  await reports.start('processed');
  await reports.seed([
    processed(97, '2020-12-09T15:15:50.000Z', '2020-12-10T15:15:50.000Z', {
      bookingNo: '12376T',
      matchingCrns: 'X12345',
      deleteBy: Date.UTC(2020, 11, 19, 15, 15, 50) / 1000,
      locationDescription: 'HMP Moorland',
      offenderNo: 'A1234DY',
    }),
    processed(98, '2025-07-01T10:00:00.000Z', '2025-07-01T10:30:00.000Z', { locationId: 'LEI' }),
    processed(1, '2026-01-10T08:00:00.000Z', '2026-01-10T09:00:00.000Z'),
    processed(2, '2026-01-11T08:00:00.000Z', '2026-01-12T09:00:00.000Z', {
      locationId: 'WWI',
      status: 'NO_LONGER_VALID',
    }),
    processed(3, '2026-01-09T08:00:00.000Z', '2026-01-13T09:00:00.000Z', {
      eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
    }),
    processed(4, '2026-01-12T08:00:00.000Z', '2026-01-12T08:30:00.000Z', {
      eventType: 'BOOKING_NUMBER-CHANGED',
    }),
    buildMessageRow({
      bookingId: 5,
      createdDate: '2026-01-11T12:00:00.000Z',
      retryCount: 2,
      status: 'NO_MATCH',
    }),
  ]);
});
afterAll(() => reports.stop());

async function bookingIds(query: string): Promise<number[]> {
  const response = await reports.get(`/report/processed${query}`);
  expect(response.status).toBe(200);
  return csvLines(await response.text())
    .slice(1)
    .map((line) => Number(JSON.parse(line.split(',')[0] as string)));
}

describe('GET /report/processed', () => {
  it("when unfiltered, then it lists every processed row oldest first, in the original's format", async () => {
    const lines = csvLines(await (await reports.get('/report/processed')).text());

    expect(lines.slice(0, 2)).toEqual([
      '"BOOKINGID","BOOKINGNO","CREATEDDATE","CRNS","DELETEBY","EVENTTYPE","LEGALSTATUS","LOCATION","LOCATIONID","OFFENDERNO","PROCESSEDDATE","RECALL","STATUS"',
      '"97","12376T","2020-12-09T15:15:50","X12345","2020-12-19T15:15:50","IMPRISONMENT_STATUS-CHANGED","SENTENCED","HMP Moorland","MDI","A1234DY","2020-12-10T15:15:50","false","COMPLETED"',
    ]);
    expect(await bookingIds('')).toEqual([97, 98, 3, 1, 2, 4]);
  });

  it.each([
    ['a prison', '?locationId=WWI', [2]],
    ['an event type', '?eventType=IMPRISONMENT_STATUS-CHANGED', [97, 98, 1, 2]],
    ['a processed start, strictly after', '?processedDateStartDateTime=2026-01-12T08:30:00', [3, 2]],
    ['a processed end, strictly before', '?processedDateEndDateTime=2026-01-12T09:00:00', [97, 98, 1, 4]],
    [
      'a processed range',
      '?processedDateStartDateTime=2026-01-10T09:00:00&processedDateEndDateTime=2026-01-13T09:00:00',
      [2, 4],
    ],
    ['a created start, strictly after', '?createdDateStartDateTime=2026-01-10T08:00:00', [2, 4]],
    ['a created end, strictly before', '?createdDateEndDateTime=2026-01-11T08:00:00', [97, 98, 3, 1]],
    [
      'a created range',
      '?createdDateStartDateTime=2026-01-09T08:00:00&createdDateEndDateTime=2026-01-12T08:00:00',
      [1, 2],
    ],
    [
      'every filter at once',
      '?locationId=MDI&eventType=EXTERNAL_MOVEMENT_RECORD-INSERTED&processedDateStartDateTime=2026-01-13T00:00:00' +
        '&processedDateEndDateTime=2026-01-14T00:00:00&createdDateStartDateTime=2026-01-01T00:00:00&createdDateEndDateTime=2026-01-10T00:00:00',
      [3],
    ],
  ])('when filtered by %s, then only matching rows are listed', async (_, query, expected) => {
    expect(await bookingIds(query)).toEqual(expected);
  });

  it('when a bound falls in British Summer Time, then it is read as London wall-clock time', async () => {
    // Row 98 was created at 10:00 UTC, which London called 11:00 (BST).
    const createdBefore = (time: string) => `?locationId=LEI&createdDateEndDateTime=${time}`;

    expect(await bookingIds(createdBefore('2025-07-01T11:00:00'))).toEqual([]);
    expect(await bookingIds(createdBefore('2025-07-01T11:00:01'))).toEqual([98]);
    expect(csvLines(await (await reports.get('/report/processed?locationId=LEI')).text())[1]).toContain(
      '"2025-07-01T11:00:00"',
    );
  });

  it('when nothing matches, then the body is empty', async () => {
    const response = await reports.get('/report/processed?locationId=XYZ');

    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
