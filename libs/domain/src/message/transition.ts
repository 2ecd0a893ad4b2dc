import { endOfLondonDayEpochSeconds } from '../time/london';
import type { MessageRow } from './message-row';
import type { DoneStatus, TryLaterStatus } from './message-status';
import type { Outcome } from './outcome';

/** How long a row stays readable by the reports after it is stored or processed. */
export const REPORTING_PERIOD_DAYS = 30;

const DAY_SECONDS = 86_400;

/** The TTL of a row stored or finished at `now`, in epoch seconds. */
export function reportingDeleteBy(now: Date): number {
  return Math.floor(now.getTime() / 1000) + REPORTING_PERIOD_DAYS * DAY_SECONDS;
}

/**
 * What the store writes to end an attempt. The store derives the index attributes from it.
 * `removePendingEvents`: the attempt published every event the row's `pendingEvents` held, so the same write
 * removes them (recorded, published, then removed: docs/architecture.md, Processing a booking).
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

/**
 * CRNs as the `matchingCrns` column holds them: distinct, `", "`-joined, in the outcome's order. Matching
 * lists its CRNs sorted; `NOMS_NUMBER_HELD_ELSEWHERE` names the matched case first, then the holders.
 */
export function joinCrns(crns: readonly string[]): string {
  return [...new Set(crns)].join(', ');
}
