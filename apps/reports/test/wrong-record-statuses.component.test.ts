import type { MessageRow } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import { ReportsUnderTest, csvLines } from './support/reports-under-test';

const reports = new ReportsUnderTest();

/** Rows waiting for the probation team to correct a Delius record, ten days old, as processing leaves them. */
const waiting = (bookingId: number, status: MessageRow['status'], matchingCrns: string) =>
  buildMessageRow({
    bookingId,
    createdDate: reports.daysAgo(10, bookingId),
    status,
    retryCount: 4,
    matchingCrns,
  });

beforeAll(async () => {
  await reports.start('wrong-record');
  await reports.seed([
    waiting(1, 'NOMS_NUMBER_HELD_ELSEWHERE', 'X142620, X999999'),
    waiting(2, 'BOOK_NUMBER_ON_TWO_CUSTODIES', 'X142620'),
  ]);
});
afterAll(() => reports.stop());

/** The CRNS and STATUS columns of each row of a CSV report, by booking id. */
async function crnsAndStatus(path: string): Promise<string[][]> {
  const response = await reports.get(path);
  expect(response.status).toBe(200);
  const [header, ...lines] = csvLines(await response.text());
  const columns = (header ?? '').split(',');
  const crns = columns.indexOf('"CRNS"');
  const status = columns.indexOf('"STATUS"');
  // CRNS holds ", " inside its quotes, so the line is split on the quoted-field boundaries.
  return lines.map((line) => {
    const fields = line.slice(1, -1).split('","');
    return [fields[0], fields[crns], fields[status]];
  });
}

describe('reports: rows the probation team must correct', () => {
  it('lists both in progress with their CRNs, the matched case first, and their status', async () => {
    expect(await crnsAndStatus('/report/in-progress')).toEqual([
      ['1', 'X142620, X999999', 'NOMS_NUMBER_HELD_ELSEWHERE'],
      ['2', 'X142620', 'BOOK_NUMBER_ON_TWO_CUSTODIES'],
    ]);
  });

  it('lists a NOMS number held elsewhere as not matched, and not a book number on two custodies', async () => {
    expect(await crnsAndStatus('/report/not-matched')).toEqual([
      ['1', 'X142620, X999999', 'NOMS_NUMBER_HELD_ELSEWHERE'],
    ]);
  });

  it('counts each in a match-summary category of its own', async () => {
    const response = await reports.get('/report/match-summary');
    const summary = (await response.json()) as {
      'exceeded-sla': { total: number; category: Record<string, number> };
    };

    expect(summary['exceeded-sla'].total).toBe(2);
    expect(summary['exceeded-sla'].category).toMatchObject({
      'noms-number-held-elsewhere': 1,
      'book-number-on-two-custodies': 1,
      'error-fail': 0,
    });
  });
});
