import type { DoneStatus, TryLaterStatus } from './message-status';

/**
 * The result of one processing attempt on a kept row (docs/architecture.md, Outcomes and statuses).
 * "done" ends the row's life; "try later" leaves it for the retrier.
 */
export type Outcome = DoneOutcome | TryLaterOutcome;

export interface DoneOutcome {
  kind: 'done';
  status: DoneStatus;
  matchingCrns?: readonly string[];
  /** Dry run: the Delius writes that would have been made. */
  intendedWrites?: readonly unknown[];
}

export interface TryLaterOutcome {
  kind: 'try-later';
  status: TryLaterStatus;
  matchingCrns?: readonly string[];
  /**
   * Cases whose change in Delius may let the row through, besides `matchingCrns` (every case a search
   * offered): a probation event for any of them works the row at once instead of at its tier.
   */
  watchCrns?: readonly string[];
  /**
   * Location and key-date failures keep the row until the end of the sentence expiry date
   * (`yyyy-MM-dd`, London), never shorter than its current `deleteBy`.
   */
  retainUntilDate?: string;
  /** `ERROR` only: the fault, as `errorSummaryOf` tells it. */
  lastError?: string;
}

export const done = (status: DoneStatus, extra: Omit<DoneOutcome, 'kind' | 'status'> = {}): DoneOutcome => ({
  kind: 'done',
  status,
  ...extra,
});

export const tryLater = (
  status: TryLaterStatus,
  extra: Omit<TryLaterOutcome, 'kind' | 'status'> = {},
): TryLaterOutcome => ({ kind: 'try-later', status, ...extra });
