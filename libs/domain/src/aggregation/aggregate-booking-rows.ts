import { PROCESSING_PATHS, processingPathOf } from '../message/event-type';
import type { MessageRow } from '../message/message-row';

type AggregatedRow = Pick<MessageRow, 'id' | 'bookingId' | 'eventType' | 'createdDate'>;

/**
 * Which of a booking's pending rows to process (docs/architecture.md, Processing a booking): the newest row
 * of each processing path stands for all of them, because every handler re-reads NOMIS rather than trusting
 * the event. `kept` is in processing order (`PROCESSING_PATHS`); `superseded` rows end unprocessed.
 */
export function aggregateBookingRows<T extends AggregatedRow>(
  rows: readonly T[],
): { kept: T[]; superseded: T[] } {
  const bookingIds = new Set(rows.map((row) => row.bookingId));
  if (bookingIds.size > 1) {
    throw new RangeError(`expected the rows of one booking, got bookings ${[...bookingIds].join(', ')}`);
  }

  const newestFirst = [...rows].sort(newestFirstOrder);
  const kept: T[] = [];
  const superseded: T[] = [];
  for (const row of newestFirst) {
    const path = processingPathOf(row.eventType);
    (kept.some((k) => processingPathOf(k.eventType) === path) ? superseded : kept).push(row);
  }
  kept.sort((a, b) => priorityOf(a) - priorityOf(b));
  return { kept, superseded };
}

/** Latest `createdDate` first; within one millisecond by id, so every pod and run keeps the same row. */
function newestFirstOrder(a: AggregatedRow, b: AggregatedRow): number {
  if (a.createdDate !== b.createdDate) return a.createdDate < b.createdDate ? 1 : -1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

function priorityOf(row: AggregatedRow): number {
  return PROCESSING_PATHS.indexOf(processingPathOf(row.eventType));
}
