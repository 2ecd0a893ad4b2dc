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
 * What a row owes (`writeIntent`, `pendingEvents`, JSON) and its `deleteBy`, changed in one write: a value is
 * set, undefined removed. Recording events removes the write intent they settle in the same write, so a row
 * never holds neither; `deleteBy` too: a row is kept for what it owes.
 */
export interface OwedChange {
  deleteBy: number;
  writeIntent: string | undefined;
  pendingEvents?: string;
}

/** The update of an `OwedChange`, made from the same change as the row it returns (`rowAfterOwed`). */
export function owedUpdate(change: OwedChange): RowUpdate {
  const entries = Object.entries(change);
  const set = entries.filter(([, value]) => value !== undefined);
  const removed = entries.filter(([, value]) => value === undefined).map(([name]) => name);
  const clauses = [`SET ${set.map(([name]) => `${name} = :${name}`).join(', ')}`];
  if (removed.length > 0) clauses.push(`REMOVE ${removed.join(', ')}`);
  return {
    UpdateExpression: clauses.join(' '),
    ExpressionAttributeValues: Object.fromEntries(set.map(([name, value]) => [`:${name}`, value])),
  };
}

/** The row after an `OwedChange`, as `owedUpdate` leaves it in the table. */
export function rowAfterOwed(row: MessageRow, change: OwedChange): MessageRow {
  const { writeIntent, pendingEvents, ...rest } = { ...row, ...change };
  return {
    ...rest,
    ...(writeIntent !== undefined && { writeIntent }),
    ...(pendingEvents !== undefined && { pendingEvents }),
  };
}
