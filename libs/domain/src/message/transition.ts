import { endOfLondonDayEpochSeconds } from '../time/london';
import type { DoneStatus, MessageRow, TryLaterStatus } from './message-row';
import type { Outcome } from './outcome';

/** How long a row stays readable by the reports after it is stored or processed: 30 days. */
const REPORTING_PERIOD_SECONDS = 30 * 86_400;

/** The TTL of a row stored or finished at `now`, in epoch seconds. */
export function reportingDeleteBy(now: Date): number {
  return Math.floor(now.getTime() / 1000) + REPORTING_PERIOD_SECONDS;
}

/**
 * What the store writes to end an attempt; it derives the index attributes. `removePendingEvents`: the
 * attempt published every event `pendingEvents` held (recorded, published, removed: docs/architecture.md).
 */
export type RowTransition = (
  | {
      kind: 'done';
      status: DoneStatus;
      processedDate: string;
      deleteBy: number;
      matchingCrns?: string;
      intendedWrites?: string;
    }
  | {
      kind: 'try-later';
      status: TryLaterStatus;
      retryCount: number;
      deleteBy: number;
      matchingCrns?: string;
      /** The cases the waiting row watches (`matchingCrns` and `watchCrns`), `", "`-joined. */
      watchedCrns?: string;
      lastError?: string;
    }
) & { removePendingEvents?: true };

/** The row update of an outcome, for the processor and the retrier alike. */
export function transitionFor(
  row: Pick<MessageRow, 'retryCount' | 'deleteBy'>,
  outcome: Outcome,
  now: Date,
): RowTransition {
  const matchingCrns = outcome.matchingCrns?.length ? joinCrns(outcome.matchingCrns) : undefined;
  if (outcome.kind === 'done') {
    return {
      kind: 'done',
      status: outcome.status,
      processedDate: now.toISOString(),
      deleteBy: reportingDeleteBy(now),
      ...(matchingCrns && { matchingCrns }),
      ...(outcome.intendedWrites && { intendedWrites: JSON.stringify(outcome.intendedWrites) }),
    };
  }
  const deleteBy = outcome.retainUntilDate
    ? Math.max(row.deleteBy, endOfLondonDayEpochSeconds(outcome.retainUntilDate))
    : row.deleteBy;
  const watched = [...(outcome.matchingCrns ?? []), ...(outcome.watchCrns ?? [])].sort();
  return {
    kind: 'try-later',
    status: outcome.status,
    retryCount: row.retryCount + 1,
    deleteBy,
    ...(matchingCrns && { matchingCrns }),
    ...(watched.length > 0 && { watchedCrns: joinCrns(watched) }),
    ...(outcome.lastError && { lastError: outcome.lastError }),
  };
}

/** CRNs distinct and `", "`-joined in the outcome's order (`NOMS_NUMBER_HELD_ELSEWHERE`: the match first). */
export function joinCrns(crns: readonly string[]): string {
  return [...new Set(crns)].join(', ');
}

/** The row after a transition: transactions return no attributes, and a dry-run reprocess writes nothing. */
export function rowAfterTransition(row: MessageRow, transition: RowTransition): MessageRow {
  const { kind: _kind, removePendingEvents, ...changes } = transition;
  const defined = Object.entries(changes).filter(([, value]) => value !== undefined);
  const after = { ...row, ...Object.fromEntries(defined) };
  return removePendingEvents ? rowWithPendingEvents(after, undefined) : after;
}

/** The row with `pendingEvents` (JSON) recorded, or removed given undefined. */
export function rowWithPendingEvents(row: MessageRow, pendingEvents: string | undefined): MessageRow {
  const { pendingEvents: _previous, ...rest } = row;
  return pendingEvents === undefined ? rest : { ...rest, pendingEvents };
}

/** The row with a `writeIntent` (JSON) recorded, or removed given undefined. */
export function rowWithWriteIntent(row: MessageRow, writeIntent: string | undefined): MessageRow {
  const { writeIntent: _previous, ...rest } = row;
  return writeIntent === undefined ? rest : { ...rest, writeIntent };
}
