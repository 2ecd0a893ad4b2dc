import { buildMessageRow } from '@ptpu/domain/testing';
import { ReportsUnderTest, csvLines } from './support/reports-under-test';

const reports = new ReportsUnderTest();

beforeAll(() => reports.start('in-progress'));
afterAll(() => reports.stop());

const HEADER =
  '"BOOKINGID","BOOKINGNO","CREATEDDATE","CRNS","DELETEBY","EVENTTYPE","LEGALSTATUS","LOCATION","LOCATIONID","OFFENDERNO","RECALL","STATUS"';

describe('GET /report/in-progress', () => {
  it('when nothing is pending, then the body is empty, without even a header', async () => {
    const response = await reports.get('/report/in-progress');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await response.text()).toBe('');
  });

  describe('when rows are pending in every tier and others are processed', () => {
    const deleteBy = Date.UTC(2020, 11, 19, 15, 15, 50) / 1000;
    beforeAll(() =>
      reports.seed([
        {
          id: 'bare-98',
          bookingId: 98,
          eventType: 'IMPRISONMENT_STATUS-CHANGED',
          message: '{}',
          createdDate: '2020-12-09T15:15:50.000Z',
          retryCount: 0,
          deleteBy,
          status: 'VALIDATED',
        },
        buildMessageRow({
          bookingId: 99,
          bookingNo: '12345V',
          createdDate: '2020-12-09T15:15:50.500Z',
          matchingCrns: 'X12345, X87654',
          deleteBy,
          legalStatus: 'SENTENCED',
          locationDescription: 'Moorland HMP',
          locationId: 'MDI',
          offenderNo: 'A1234GY',
          recall: false,
          retryCount: 1,
          status: 'BOOKING_NUMBER_NOT_ASSIGNED',
        }),
        buildMessageRow({
          bookingId: 101,
          createdDate: reports.daysAgo(3),
          retryCount: 7,
          status: 'NO_MATCH',
        }),
        buildMessageRow({
          bookingId: 102,
          createdDate: reports.daysAgo(20),
          retryCount: 15,
          status: 'ERROR',
        }),
        buildMessageRow({
          bookingId: 103,
          createdDate: reports.daysAgo(0, -5),
          eventType: 'BOOKING_NUMBER-CHANGED',
        }),
        buildMessageRow({
          bookingId: 104,
          createdDate: reports.daysAgo(4),
          processedDate: reports.daysAgo(3),
          status: 'COMPLETED',
        }),
        buildMessageRow({
          bookingId: 105,
          createdDate: reports.daysAgo(1),
          locationDescription: '=HYPERLINK("http://evil.example","Moorland")',
          bookingNo: '@SUM(1+1)',
          legalStatus: '-2+3',
          offenderNo: 'A1234\u0000\u001b[2J',
        }),
      ]),
    );

    it("then it lists every pending row oldest first, in the original's columns and format", async () => {
      const lines = csvLines(await (await reports.get('/report/in-progress')).text());

      expect(lines.slice(0, 3)).toEqual([
        HEADER,
        '"98","","2020-12-09T15:15:50","","2020-12-19T15:15:50","IMPRISONMENT_STATUS-CHANGED","","","","","","VALIDATED"',
        '"99","12345V","2020-12-09T15:15:50","X12345, X87654","2020-12-19T15:15:50","IMPRISONMENT_STATUS-CHANGED","SENTENCED","Moorland HMP","MDI","A1234GY","false","BOOKING_NUMBER_NOT_ASSIGNED"',
      ]);
      expect(lines.slice(3).map((line) => line.split(',')[0])).toEqual(['"102"', '"101"', '"105"', '"103"']);
    });

    it('then a cell that a spreadsheet would run as a formula is shown as text', async () => {
      const line = csvLines(await (await reports.get('/report/in-progress')).text()).find((l) =>
        l.startsWith('"105"'),
      );

      expect(line).toContain(`"'@SUM(1+1)"`);
      expect(line).toContain(`"'-2+3"`);
      expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""Moorland"")"`);
    });

    it('then a NUL or an escape sequence from upstream is shown as its control picture, never sent raw', async () => {
      const body = await (await reports.get('/report/in-progress')).text();
      const line = csvLines(body).find((l) => l.startsWith('"105"'));

      expect(line).toContain('"A1234\u2400\u241b[2J"');
      expect(body).not.toContain('\u0000');
      expect(body).not.toContain('\u001b');
    });

    it('then the report is not cached on the way, and its size is logged', async () => {
      reports.log.lines.length = 0;
      const response = await reports.get('/report/in-progress');
      await response.text();

      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(reports.log.lines).toContainEqual(
        expect.objectContaining({ msg: 'report sent', report: 'in-progress', rows: 6, complete: true }),
      );
    });
  });
});
