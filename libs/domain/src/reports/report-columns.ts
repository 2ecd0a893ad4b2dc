import type { MessageRow } from '../message/message-row';
import type { CsvValue } from './csv';
import { reportDateTime } from './report-date-time';

/**
 * The CSV columns of the row reports. Names and order are the original's (field names upper-cased, in
 * alphabetical order), so analysts' spreadsheets and scripts keep working.
 */
export const IN_PROGRESS_COLUMNS = [
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
  'RECALL',
  'STATUS',
] as const;

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
