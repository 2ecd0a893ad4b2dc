import { pendingStateFor, type MessageRow, type RetryTier } from '../message/message-row';

/**
 * Which of a booking's kept rows a processing path may attempt. Aggregation still runs over every pending
 * row, so the newest row of each type stands for the older ones.
 */
export type RowSelector = (row: MessageRow) => boolean;

/** The processor: first-time rows, however young, so a booking's events minutes apart are worked together. */
export const firstTimeRows: RowSelector = (row) => row.retryCount === 0;

/** A retry tier's run: the rows that tier holds, so a row is retried on its own tier's schedule only. */
export function rowsOfTier(tier: RetryTier): RowSelector {
  return (row) => row.retryCount > 0 && pendingStateFor(row.retryCount) === tier;
}

/** A probation event's run: every row waiting for a retry, whatever its tier (its case changed). */
export const waitingRows: RowSelector = (row) => row.retryCount > 0;

/** An operator's reprocess: every kept row, whatever its age or tier. */
export const everyKeptRow: RowSelector = () => true;
