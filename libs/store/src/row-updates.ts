import { pendingStateFor, type MessageRow, type RowTransition } from '@ptpu/domain';
import { processedDayOf } from './message-item';

/** The parts of an UpdateItem that change a row; the caller adds the guard against concurrent changes. */
export interface RowUpdate {
  UpdateExpression: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

/** `SET #a = :a, ...` of the defined values only; names as placeholders since `status` is a reserved word. */
function setClause(values: Record<string, unknown>): Required<RowUpdate> {
  const defined = Object.entries(values).filter(([, value]) => value !== undefined);
  return {
    UpdateExpression: `SET ${defined.map(([name]) => `#${name} = :${name}`).join(', ')}`,
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
  const set =
    transition.kind === 'done'
      ? setClause({
          status: transition.status,
          processedDate: transition.processedDate,
          processedDay: processedDayOf(transition.processedDate),
          deleteBy: transition.deleteBy,
          matchingCrns: transition.matchingCrns,
          intendedWrites: transition.intendedWrites,
        })
      : setClause({
          status: transition.status,
          retryCount: transition.retryCount,
          pendingState: pendingStateFor(transition.retryCount),
          deleteBy: transition.deleteBy,
          matchingCrns: transition.matchingCrns,
          watchedCrns: transition.watchedCrns,
          lastError: transition.lastError,
        });
  const removed = [
    ...(transition.kind === 'done' ? ['pendingState', 'pendingBookingId'] : []),
    ...(transition.removePendingEvents ? ['pendingEvents'] : []),
  ];
  return removed.length > 0
    ? { ...set, UpdateExpression: `${set.UpdateExpression} REMOVE ${removed.join(', ')}` }
    : set;
}

/** Puts a processed row back in its `retryCount`'s tier, forgetting its end and a dry run's `intendedWrites`. */
export function reopenUpdate(row: MessageRow): RowUpdate {
  return {
    UpdateExpression:
      'SET pendingState = :pendingState, pendingBookingId = :bookingId ' +
      'REMOVE processedDate, processedDay, intendedWrites',
    ExpressionAttributeValues: {
      ':pendingState': pendingStateFor(row.retryCount),
      ':bookingId': row.bookingId,
    },
  };
}

/**
 * Records domain events (JSON) owed before the attempt may end and removes the write intent they settle in the
 * same write, so a row never holds neither. `deleteBy` too: a row is kept for what it owes.
 */
export function pendingEventsUpdate(pendingEvents: string, deleteBy: number): RowUpdate {
  return {
    UpdateExpression: 'SET pendingEvents = :pendingEvents, deleteBy = :deleteBy REMOVE writeIntent',
    ExpressionAttributeValues: { ':pendingEvents': pendingEvents, ':deleteBy': deleteBy },
  };
}

/** Records the Delius write a row is about to make (JSON), or removes it; sets `deleteBy` in the same write. */
export function writeIntentUpdate(writeIntent: string | undefined, deleteBy: number): RowUpdate {
  return writeIntent === undefined
    ? {
        UpdateExpression: 'SET deleteBy = :deleteBy REMOVE writeIntent',
        ExpressionAttributeValues: { ':deleteBy': deleteBy },
      }
    : {
        UpdateExpression: 'SET writeIntent = :writeIntent, deleteBy = :deleteBy',
        ExpressionAttributeValues: { ':writeIntent': writeIntent, ':deleteBy': deleteBy },
      };
}
