import type { DoneStatus, TryLaterStatus } from './message-row';

/** The result of one processing attempt on a kept row (docs/architecture.md, Outcomes and statuses). */
export type Outcome = DoneOutcome | TryLaterOutcome;

export interface DoneOutcome {
  kind: 'done';
  status: DoneStatus;
  matchingCrns?: readonly string[];
  intendedWrites?: readonly unknown[];
}

export interface TryLaterOutcome {
  kind: 'try-later';
  status: TryLaterStatus;
  matchingCrns?: readonly string[];
  /** Cases besides `matchingCrns` whose probation event works the row at once instead of at its tier. */
  watchCrns?: readonly string[];
  /** Location and key-date failures keep the row to the end of this London day (the sentence expiry date). */
  retainUntilDate?: string;
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
