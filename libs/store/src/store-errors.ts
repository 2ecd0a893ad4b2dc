/**
 * Business outcomes of claim-guarded writes. They are not faults: another worker legitimately owns the booking
 * now, or has already moved the row on. Retrying the same write can never succeed, so the caller drops the
 * booking for this run and leaves it to whoever holds it (or to the next run).
 */
export type RefusalReason = 'claim-lost' | 'row-changed';

const CODES: Record<RefusalReason, string> = {
  'claim-lost': 'STORE.CLAIM_LOST',
  'row-changed': 'STORE.ROW_CHANGED',
};

/** A row update refused because the booking claim is no longer ours, or the row is not as we read it. */
export class UpdateRefusedError extends Error {
  override readonly name = 'UpdateRefusedError';
  readonly code: string;
  readonly retryable = false;

  constructor(
    readonly reason: RefusalReason,
    readonly rowId: string,
    readonly claimId: string,
  ) {
    super(
      reason === 'claim-lost'
        ? `update of row ${rowId} refused: claim ${claimId} is no longer held by this worker`
        : `update of row ${rowId} refused: the row changed since it was read`,
    );
    this.code = CODES[reason];
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

/**
 * True when work on a booking stopped because another worker has it now: a write was refused (the claim or
 * the row moved on) or the claim's lease was lost. Not a fault: the booking is left to its new holder.
 */
export function hasChangedHands(err: unknown): boolean {
  return err instanceof UpdateRefusedError || err instanceof LeaseLostError;
}
