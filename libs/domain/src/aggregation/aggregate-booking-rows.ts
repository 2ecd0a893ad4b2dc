import { PROCESSING_PATHS, processingPathOf } from '../message/event-type';
import type { MessageRow } from '../message/message-row';

type AggregatedRow = Pick<MessageRow, 'id' | 'bookingId' | 'eventType' | 'createdDate'>;

export interface BookingAggregation<T extends AggregatedRow> {
  /** At most one row per processing path, in processing order: status change, movement, merge, key dates. */
  kept: T[];
  /** Older rows of a path that has a newer row; they end as `SUPERSEDED` without being processed. */
  superseded: T[];
}

/**
 * Decides which of a booking's pending rows to process (docs/architecture.md, Processing a booking): the newest row of each processing
 * path stands for all of them (the four key-date event types are one path), because every handler re-reads the
 * current state from prison-api rather than trusting the event. Status change goes first so the NOMS number is
 * linked before anything relies on it.
 */
export function aggregateBookingRows<T extends AggregatedRow>(rows: readonly T[]): BookingAggregation<T> {
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

/**
 * Latest `createdDate` first (ISO UTC strings sort as instants). Rows created in the same millisecond are
 * ordered by id so every pod and every run keeps the same one.
 */
function newestFirstOrder(a: AggregatedRow, b: AggregatedRow): number {
  if (a.createdDate !== b.createdDate) return a.createdDate < b.createdDate ? 1 : -1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

function priorityOf(row: AggregatedRow): number {
  return PROCESSING_PATHS.indexOf(processingPathOf(row.eventType));
}
