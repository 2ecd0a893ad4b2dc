/**
 * A row update refused because the booking claim is no longer ours, or the row is not as we read it. Not a
 * fault: another worker legitimately owns the booking now, or already moved the row on. The same write can
 * never succeed, so the caller drops the booking for this run and leaves it to whoever holds it.
 */
export class UpdateRefusedError extends Error {
  override readonly name = 'UpdateRefusedError';
  readonly code: string;
  readonly retryable = false;

  constructor(
    readonly reason: 'claim-lost' | 'row-changed',
    readonly rowId: string,
    readonly claimId: string,
  ) {
    super(
      reason === 'claim-lost'
        ? `update of row ${rowId} refused: claim ${claimId} is no longer held by this worker`
        : `update of row ${rowId} refused: the row changed since it was read`,
    );
    this.code = reason === 'claim-lost' ? 'STORE.CLAIM_LOST' : 'STORE.ROW_CHANGED';
  }
}

/** The reason an `ActiveLock`'s signal is aborted: the lease was taken over or ran out unrenewed. */
export class LeaseLostError extends Error {
  override readonly name = 'LeaseLostError';
  readonly code = 'STORE.LEASE_LOST';

  constructor(
    readonly lockId: string,
    readonly why: 'taken-over' | 'expired',
  ) {
    super(`lease on ${lockId} lost (${why})`);
  }
}

/** True when work on a booking stopped because another worker has it now: not a fault. */
export function hasChangedHands(err: unknown): boolean {
  return err instanceof UpdateRefusedError || err instanceof LeaseLostError;
}
