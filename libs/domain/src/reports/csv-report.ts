import type { MessageRow } from '../message/message-row';
import { londonDateTime } from '../time/london';
import { csvLine, type CsvValue } from './csv';

/**
 * The CSV columns of the row reports. Names and order are the original's (field names upper-cased, in
 * alphabetical order), so analysts' spreadsheets and scripts keep working.
 */
export const PROCESSED_COLUMNS = [
  'BOOKINGID',
  'BOOKINGNO',
  'CREATEDDATE',
  'CRNS',
  'DELETEBY',
  'EVENTTYPE',
  'LEGALSTATUS',
  'LOCATION',
  'LOCATIONID',
  'OFFENDERNO',
  'PROCESSEDDATE',
  'RECALL',
  'STATUS',
] as const;

export type ReportColumn = (typeof PROCESSED_COLUMNS)[number];

export const IN_PROGRESS_COLUMNS: readonly ReportColumn[] = PROCESSED_COLUMNS.filter(
  (column) => column !== 'PROCESSEDDATE',
);

function printedInstant(isoInstant: string | undefined): string | undefined {
  return isoInstant === undefined ? undefined : reportDateTime(Date.parse(isoInstant));
}

const CELL_OF: Record<ReportColumn, (row: MessageRow) => CsvValue> = {
  BOOKINGID: (row) => row.bookingId,
  BOOKINGNO: (row) => row.bookingNo,
  CREATEDDATE: (row) => printedInstant(row.createdDate),
  CRNS: (row) => row.matchingCrns,
  // deleteBy is a true epoch-second TTL, printed like every other date-time column.
  DELETEBY: (row) => reportDateTime(row.deleteBy * 1000),
  EVENTTYPE: (row) => row.eventType,
  LEGALSTATUS: (row) => row.legalStatus,
  LOCATION: (row) => row.locationDescription,
  LOCATIONID: (row) => row.locationId,
  OFFENDERNO: (row) => row.offenderNo,
  PROCESSEDDATE: (row) => printedInstant(row.processedDate),
  RECALL: (row) => row.recall,
  STATUS: (row) => row.status,
};

/** The values of one row for the given columns, in column order. */
export function reportValues(row: MessageRow, columns: readonly ReportColumn[]): CsvValue[] {
  return columns.map((column) => CELL_OF[column](row));
}

const HOUR_MS = 3_600_000;
const CACHED_HOURS = 10_000;

// London's offset from UTC only changes on the hour (01:00 UTC since 1996, on the hour before that), so one
// Intl lookup serves every instant in the same UTC hour. A report prints two date-times per row, and over a
// large report Intl's per-call objects were most of the garbage the app made.
const offsetByUtcHour = new Map<number, number>();

function londonOffsetMs(epochMs: number): number {
  const hour = Math.floor(epochMs / HOUR_MS);
  let offset = offsetByUtcHour.get(hour);
  if (offset === undefined) {
    if (offsetByUtcHour.size >= CACHED_HOURS) offsetByUtcHour.clear();
    const hourStart = hour * HOUR_MS;
    offset = Date.parse(`${londonDateTime(new Date(hourStart))}Z`) - hourStart;
    offsetByUtcHour.set(hour, offset);
  }
  return offset;
}

/** A stored instant as reports print it: London wall-clock `yyyy-MM-ddTHH:mm:ss` (docs/architecture.md, HTTP surface). */
export function reportDateTime(epochMs: number): string {
  return new Date(epochMs + londonOffsetMs(epochMs)).toISOString().slice(0, 19);
}

/**
 * The lines of a CSV report, produced as the rows arrive so the caller can stream them. The header is written
 * with the first row: a report with no rows is an empty body, as the original's was.
 */
export async function* csvReportLines(
  columns: readonly ReportColumn[],
  rows: AsyncIterable<MessageRow>,
): AsyncGenerator<string> {
  let headerWritten = false;
  for await (const row of rows) {
    if (!headerWritten) {
      yield csvLine(columns);
      headerWritten = true;
    }
    yield csvLine(reportValues(row, columns));
  }
}
