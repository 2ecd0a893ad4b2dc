import type { MessageRow } from '../message/message-row';
import { pendingStateFor, type RetryTier } from '../message/pending-state';

/**
 * Which of a booking's kept rows (after aggregation) a processing path may attempt. Aggregation always runs over
 * every pending row of the booking, so the newest row of each event type still stands for the older ones; the
 * selector only decides which of those newest rows this run owns. The rest stay pending for their own path.
 */
export type RowSelector = (row: MessageRow) => boolean;

/**
 * The processor: first-time rows. It reaches a booking only once one of them has passed the hold-back, and
 * then takes the booking's other first-time rows with it, however young: the hold-back batches a booking's
 * events, so a status change and a movement that arrived minutes apart are worked together, status change
 * first. Rows already retrying are left to their tiers.
 */
export const firstTimeRows: RowSelector = (row) => row.retryCount === 0;

/** A retry tier's run: the rows that tier holds, so a row is retried on its own tier's schedule only. */
export function rowsOfTier(tier: RetryTier): RowSelector {
  return (row) => row.retryCount > 0 && pendingStateFor(row.retryCount) === tier;
}

/** An operator's reprocess: every kept row, whatever its age or tier. */
export const everyKeptRow: RowSelector = () => true;
