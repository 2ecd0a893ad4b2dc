import type { MessageRow } from '../message/message-row';
import { londonDateTime } from '../time/london';
import { csvLine, type CsvValue } from './csv';

/** The row reports' CSV columns: the original's names and order, so analysts' spreadsheets keep working. */
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

export function reportValues(row: MessageRow, columns: readonly ReportColumn[]): CsvValue[] {
  return columns.map((column) => CELL_OF[column](row));
}

const HOUR_MS = 3_600_000;
const CACHED_HOURS = 10_000;

// London's offset only changes on the hour, so one Intl lookup serves a whole UTC hour: over a large report,
// Intl's per-call objects were most of the garbage the app made.
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

/** A CSV report's lines, as the rows arrive; the header comes with the first row (no rows: an empty body). */
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
