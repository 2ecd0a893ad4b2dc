import { buildMessageRow } from '../testing/build-message-row';
import type { MessageRow } from '../message/message-row';
import { csvReportLines } from './csv-report';
import { IN_PROGRESS_COLUMNS, PROCESSED_COLUMNS } from './csv-report';

async function* rowsOf(...rows: MessageRow[]): AsyncGenerator<MessageRow> {
  yield* rows;
}

async function linesOf(iterable: AsyncIterable<string>): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of iterable) lines.push(line);
  return lines;
}

describe('csvReportLines', () => {
  it('writes the original in-progress header and rows, with London date-times and empty absent values', async () => {
    const bare: MessageRow = {
      id: 'm-98',
      bookingId: 98,
      eventType: 'IMPRISONMENT_STATUS-CHANGED',
      message: '{}',
      createdDate: '2020-12-09T15:15:50.123Z',
      retryCount: 0,
      deleteBy: Date.UTC(2020, 11, 19, 15, 15, 50) / 1000,
      status: 'VALIDATED',
    };
    const full = buildMessageRow({
      bookingId: 99,
      bookingNo: '12345V',
      createdDate: '2020-12-09T15:15:50.999Z',
      matchingCrns: 'X12345, X87654',
      deleteBy: Date.UTC(2020, 11, 19, 15, 15, 50) / 1000,
      legalStatus: 'SENTENCED',
      locationDescription: 'Moorland HMP',
      locationId: 'MDI',
      offenderNo: 'A1234GY',
      recall: false,
      status: 'BOOKING_NUMBER_NOT_ASSIGNED',
      retryCount: 1,
    });

    expect(await linesOf(csvReportLines(IN_PROGRESS_COLUMNS, rowsOf(bare, full)))).toEqual([
      '"BOOKINGID","BOOKINGNO","CREATEDDATE","CRNS","DELETEBY","EVENTTYPE","LEGALSTATUS","LOCATION","LOCATIONID","OFFENDERNO","RECALL","STATUS"\n',
      '"98","","2020-12-09T15:15:50","","2020-12-19T15:15:50","IMPRISONMENT_STATUS-CHANGED","","","","","","VALIDATED"\n',
      '"99","12345V","2020-12-09T15:15:50","X12345, X87654","2020-12-19T15:15:50","IMPRISONMENT_STATUS-CHANGED","SENTENCED","Moorland HMP","MDI","A1234GY","false","BOOKING_NUMBER_NOT_ASSIGNED"\n',
    ]);
  });

  it('prints summer instants in British Summer Time, DELETEBY included, with the processed date', async () => {
    const row = buildMessageRow({
      bookingId: 97,
      createdDate: '2026-06-09T14:15:50.000Z',
      processedDate: '2026-06-10T23:30:00.000Z',
      deleteBy: Date.UTC(2026, 6, 10, 23, 30) / 1000,
      status: 'COMPLETED',
    });

    const [, line] = await linesOf(csvReportLines(PROCESSED_COLUMNS, rowsOf(row)));

    expect(line).toContain('"2026-06-09T15:15:50"');
    expect(line).toContain('"2026-07-11T00:30:00"');
    expect(line).toContain('"2026-06-11T00:30:00","false","COMPLETED"\n');
  });

  it('writes nothing at all, not even the header, when there are no rows', async () => {
    expect(await linesOf(csvReportLines(IN_PROGRESS_COLUMNS, rowsOf()))).toEqual([]);
  });

  it('neutralises a formula that arrived in a booking snapshot', async () => {
    const row = buildMessageRow({ locationDescription: '=HYPERLINK("http://evil","click")' });

    const [, line] = await linesOf(csvReportLines(IN_PROGRESS_COLUMNS, rowsOf(row)));

    expect(line).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
  });
});
