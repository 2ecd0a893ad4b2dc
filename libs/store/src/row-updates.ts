import { pendingStateFor, type MessageRow, type RowTransition } from '@ptpu/domain';
import { processedDayOf } from './message-item';

/** The parts of an UpdateItem that change a row; the caller adds the guard against concurrent changes. */
export interface RowUpdate {
  UpdateExpression: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

/**
 * `SET #a = :a, ...` of the defined values only (names as placeholders since `status` is a reserved word), then
 * `REMOVE` of `removed`.
 */
function setAndRemove(values: Record<string, unknown>, removed: readonly string[] = []): RowUpdate {
  const defined = Object.entries(values).filter(([, value]) => value !== undefined);
  const set = `SET ${defined.map(([name]) => `#${name} = :${name}`).join(', ')}`;
  return {
    UpdateExpression: removed.length > 0 ? `${set} REMOVE ${removed.join(', ')}` : set,
    ExpressionAttributeNames: Object.fromEntries(defined.map(([name]) => [`#${name}`, name])),
    ExpressionAttributeValues: Object.fromEntries(defined.map(([name, value]) => [`:${name}`, value])),
  };
}

/**
 * Ends an attempt. "Done" sets `processedDate` and removes the pending attributes in one write, so the row leaves
 * the pending indexes exactly when it becomes processed; "try later" moves it to the tier of its new
 * `retryCount`. Either removes `pendingEvents` once the attempt published them.
 */
export function transitionUpdate(transition: RowTransition): RowUpdate {
  const removed = [
    ...(transition.kind === 'done' ? ['pendingState', 'pendingBookingId'] : []),
    ...(transition.removePendingEvents ? ['pendingEvents'] : []),
  ];
  if (transition.kind === 'done') {
    return setAndRemove(
      {
        status: transition.status,
        processedDate: transition.processedDate,
        processedDay: processedDayOf(transition.processedDate),
        deleteBy: transition.deleteBy,
        matchingCrns: transition.matchingCrns,
        intendedWrites: transition.intendedWrites,
      },
      removed,
    );
  }
  return setAndRemove(
    {
      status: transition.status,
      retryCount: transition.retryCount,
      pendingState: pendingStateFor(transition.retryCount),
      deleteBy: transition.deleteBy,
      matchingCrns: transition.matchingCrns,
      watchedCrns: transition.watchedCrns,
      lastError: transition.lastError,
    },
    removed,
  );
}

/** Puts a processed row back in its `retryCount`'s tier, forgetting its end and a dry run's `intendedWrites`. */
export function reopenUpdate(row: MessageRow): RowUpdate {
  return setAndRemove({ pendingState: pendingStateFor(row.retryCount), pendingBookingId: row.bookingId }, [
    'processedDate',
    'processedDay',
    'intendedWrites',
  ]);
}

/**
 * Records domain events (JSON) owed before the attempt may end and removes the write intent they settle in the
 * same write, so a row never holds neither. `deleteBy` too: a row is kept for what it owes.
 */
export function pendingEventsUpdate(pendingEvents: string, deleteBy: number): RowUpdate {
  return setAndRemove({ pendingEvents, deleteBy }, ['writeIntent']);
}

/** Records the Delius write a row is about to make (JSON), or removes it; sets `deleteBy` in the same write. */
export function writeIntentUpdate(writeIntent: string | undefined, deleteBy: number): RowUpdate {
  return setAndRemove({ writeIntent, deleteBy }, writeIntent === undefined ? ['writeIntent'] : []);
}
