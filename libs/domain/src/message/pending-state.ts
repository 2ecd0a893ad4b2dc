/** Where a pending row waits: `NEW` until its first attempt, then its retry tier. */
export type PendingState = 'NEW' | 'SHORT' | 'MEDIUM' | 'LONG';
export type RetryTier = Exclude<PendingState, 'NEW'>;

export const RETRY_TIERS: readonly RetryTier[] = ['SHORT', 'MEDIUM', 'LONG'];

/** The single place that maps a retry count to its index partition: 1-4 short, 5-10 medium, 11+ long. */
export function pendingStateFor(retryCount: number): PendingState {
  if (!Number.isInteger(retryCount) || retryCount < 0) {
    throw new RangeError(`retryCount must be a non-negative integer, got ${retryCount}`);
  }
  if (retryCount === 0) return 'NEW';
  if (retryCount <= 4) return 'SHORT';
  if (retryCount <= 10) return 'MEDIUM';
  return 'LONG';
}
