import {
  SystemError,
  isHandledEventType,
  isMessageStatus,
  isPrisonDomainEventType,
  londonDate,
  pendingStateOf,
  type MessageRow,
  type PendingState,
  type RowTransition,
} from '@ptpu/domain';

/**
 * A row as DynamoDB holds it, with the index attributes the store derives itself so no caller can put a row in
 * the wrong partition: `pendingState` and `pendingBookingId` while pending, `processedDay` (London) once done.
 */
interface MessageItem extends MessageRow {
  pendingState?: PendingState;
  pendingBookingId?: number;
  processedDay?: string;
}

const OPTIONAL_STRINGS = [
  'processedDate',
  'matchingCrns',
  'watchedCrns',
  'intendedWrites',
  'pendingEvents',
  'writeIntent',
  'lastError',
  'offenderNo',
  'bookingNo',
  'locationId',
  'locationDescription',
  'legalStatus',
] as const satisfies readonly (keyof MessageRow)[];

/** The item to write for a row. */
export function toMessageItem(row: MessageRow): MessageItem {
  const item: MessageItem = {
    id: row.id,
    bookingId: row.bookingId,
    eventType: row.eventType,
    message: row.message,
    createdDate: row.createdDate,
    retryCount: row.retryCount,
    deleteBy: row.deleteBy,
    status: row.status,
    ...(row.recall !== undefined && { recall: row.recall }),
    ...(row.receivedAs !== undefined && { receivedAs: row.receivedAs }),
  };
  for (const field of OPTIONAL_STRINGS) {
    if (row[field] !== undefined) item[field] = row[field];
  }
  const pendingState = pendingStateOf(row);
  if (pendingState) return { ...item, pendingState, pendingBookingId: row.bookingId };
  return { ...item, processedDay: processedDayOf(row.processedDate as string) };
}

/** The `processed-by-day` partition of a processing instant. */
export function processedDayOf(processedDate: string): string {
  return londonDate(new Date(processedDate));
}

/** The domain row of an item; one this service could not have written is a fault worth an alert, not a guess. */
export function fromMessageItem(item: Record<string, unknown>): MessageRow {
  const { id, bookingId, eventType, message, createdDate, retryCount, deleteBy, status, recall, receivedAs } =
    item;
  if (
    typeof id !== 'string' ||
    typeof bookingId !== 'number' ||
    typeof eventType !== 'string' ||
    !isHandledEventType(eventType) ||
    typeof message !== 'string' ||
    typeof createdDate !== 'string' ||
    typeof retryCount !== 'number' ||
    typeof deleteBy !== 'number' ||
    typeof status !== 'string' ||
    !isMessageStatus(status) ||
    (receivedAs !== undefined && (typeof receivedAs !== 'string' || !isPrisonDomainEventType(receivedAs)))
  ) {
    throw new SystemError(`message item ${String(id)} does not have the shape this service writes`, {
      code: 'STORE.ITEM_INVALID',
      retryable: false,
      details: { id: String(id) },
    });
  }
  const row: MessageRow = { id, bookingId, eventType, message, createdDate, retryCount, deleteBy, status };
  if (typeof recall === 'boolean') row.recall = recall;
  if (receivedAs !== undefined) row.receivedAs = receivedAs;
  for (const field of OPTIONAL_STRINGS) {
    const value = item[field];
    if (typeof value === 'string') row[field] = value;
  }
  return row;
}

/** Watches a row writes at most: a search offers a handful of cases; more would only crowd the transaction. */
const MAX_WATCHES = 20;

/**
 * A waiting row's watches, for each case a "try later" names: items beside the row, so a probation event finds
 * the bookings it may move by one Query on `by-watched-crn`. Each expires with its row and is written in the
 * transaction that leaves the row waiting; one outliving its row costs a look at a booking with nothing pending.
 */
export function watchItemsOf(row: MessageRow, transition: RowTransition) {
  if (transition.kind !== 'try-later' || !transition.watchedCrns) return [];
  return transition.watchedCrns
    .split(', ')
    .slice(0, MAX_WATCHES)
    .map((crn) => ({
      id: `watch#${crn}#${row.id}`,
      watchCrn: crn,
      watchBookingId: row.bookingId,
      watchRowId: row.id,
      deleteBy: transition.deleteBy,
    }));
}
