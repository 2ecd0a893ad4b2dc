import type { MessageRow } from './message-row';
import type { RowTransition } from './transition';

/**
 * The row as it is after a transition. The store computes it because transactions return no attributes; an
 * operator's dry-run reprocess, which writes nothing, computes it to show what the row would become.
 */
export function rowAfterTransition(row: MessageRow, transition: RowTransition): MessageRow {
  const { kind: _kind, removePendingEvents, ...changes } = transition;
  const after = { ...row, ...withoutUndefined(changes) };
  return removePendingEvents ? rowWithPendingEvents(after, undefined) : after;
}

/** The row with `pendingEvents` (JSON) recorded, or removed given undefined. */
export function rowWithPendingEvents(row: MessageRow, pendingEvents: string | undefined): MessageRow {
  const { pendingEvents: _previous, ...rest } = row;
  return pendingEvents === undefined ? rest : { ...rest, pendingEvents };
}

/** The row with a `writeIntent` recorded (JSON), or removed given undefined. */
export function rowWithWriteIntent(row: MessageRow, writeIntent: string | undefined): MessageRow {
  const { writeIntent: _previous, ...rest } = row;
  return writeIntent === undefined ? rest : { ...rest, writeIntent };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
