import { isPending, owedWorkOf, type MessageRow } from '@ptpu/domain';
import type { DynamoMessageRepository } from '@ptpu/store';
import { badParameter } from '../admin/query-parameters';
import { STATUS_REASONS } from './status-reasons';

export type RowsQuery = { bookingId: number } | { nomsNumber: string };

/** Every row kept for a booking or a prisoner, through the message table's indexes (never a scan). */
export type KeptRows = Pick<DynamoMessageRepository, 'rowsOfBooking' | 'rowsOfNomsNumber'>;

/** A look-up answers at most this many rows: a month of one prisoner's events is far fewer. */
const MAX_ROWS = 500;

/**
 * The query of `GET /admin/rows`: exactly one of `bookingId` (digits) or `nomsNumber` (`A1234BC`), and nothing
 * else, so a misspelt parameter is refused rather than answered with nothing.
 */
export function rowsQueryOf(query: Readonly<Record<string, unknown>>): RowsQuery {
  const names = Object.keys(query);
  const { bookingId, nomsNumber } = query;
  if (names.length === 1 && typeof bookingId === 'string' && /^[1-9]\d{0,15}$/.test(bookingId))
    return { bookingId: Number(bookingId) };
  if (names.length === 1 && typeof nomsNumber === 'string' && /^[A-Z]\d{4}[A-Z]{2}$/i.test(nomsNumber))
    return { nomsNumber: nomsNumber.toUpperCase() };
  throw badParameter('Ask for one booking (?bookingId=1200835) or one prisoner (?nomsNumber=A5089DY)');
}

export async function lookUpRows(rows: KeptRows, query: RowsQuery) {
  const pages =
    'bookingId' in query ? rows.rowsOfBooking(query.bookingId) : rows.rowsOfNomsNumber(query.nomsNumber);
  const found = [];
  for await (const page of pages) {
    found.push(...page.map(viewOf));
    if (found.length >= MAX_ROWS) return found.slice(0, MAX_ROWS);
  }
  return found;
}

/** What an operator needs of one row to answer "why is this prisoner not linked?" (docs/architecture.md). */
function viewOf(row: MessageRow) {
  return {
    id: row.id,
    bookingId: row.bookingId,
    eventType: row.eventType,
    ...(row.receivedAs && { receivedAs: row.receivedAs }),
    state: isPending(row) ? 'pending' : 'done',
    status: row.status,
    reason: STATUS_REASONS[row.status],
    retryCount: row.retryCount,
    matchingCrns: row.matchingCrns ? row.matchingCrns.split(', ') : [],
    // While waiting: the cases a probation event for which works the row at once.
    ...(row.watchedCrns && isPending(row) && { watchedCrns: row.watchedCrns.split(', ') }),
    ...(row.offenderNo && { offenderNo: row.offenderNo }),
    ...(row.bookingNo && { bookingNo: row.bookingNo }),
    ...(row.locationId && { locationId: row.locationId }),
    createdDate: row.createdDate,
    ...(row.processedDate && { processedDate: row.processedDate }),
    ...(row.lastError && { lastError: row.lastError }),
    deleteBy: new Date(row.deleteBy * 1000).toISOString(),
    ...(owedWorkOf(row) && { owes: owedWorkOf(row) }),
    ...(row.intendedWrites && { intendedWrites: JSON.parse(row.intendedWrites) as unknown }),
  };
}
