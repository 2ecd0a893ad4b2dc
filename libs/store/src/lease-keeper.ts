import type { Clock } from '@ptpu/domain';
import { toSystemError } from './aws-errors';
import { LeaseLostError } from './store-errors';

/** A lock or claim as acquired: enough to renew it, release it or guard a write with it. */
export interface HeldLock {
  /** The schedule-table `_id`: a job name, or `booking#<bookingId>` for a claim. */
  readonly id: string;
  /** `lockedBy`. */
  readonly owner: string;
  /** `fence` as this acquisition left it; any later acquisition makes this handle stale. */
  readonly fence: number;
}

/** A held lock while its work runs. */
export interface ActiveLock extends HeldLock {
  /** Aborted (reason: `LeaseLostError`) once the lease is taken over or runs out unrenewed: stop the work. */
  readonly signal: AbortSignal;
}

export type LeaseProblem =
  | { kind: 'renewal-failed'; lockId: string; error: Error }
  | { kind: 'lost'; lockId: string; error: LeaseLostError };

interface LeaseKeeperDeps {
  /** Extends the lease; false when it is no longer ours. */
  renew: () => Promise<boolean>;
  clock: Clock;
  leaseMs: number;
  onProblem?: (problem: LeaseProblem) => void;
}

/**
 * Renews a held lease every third of its length while work runs, so a slow run keeps its lock but a crashed
 * pod's lock frees itself within one lease. A failed renewal is retried at the next tick; the work is aborted
 * only once the lease is known to be someone else's, or its last known expiry has passed.
 */
export class LeaseKeeper {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private renewing: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly lock: HeldLock,
    private expiresAt: number,
    private readonly deps: LeaseKeeperDeps,
  ) {
    this.scheduleRenewal();
  }

  get active(): ActiveLock {
    return { ...this.lock, signal: this.controller.signal };
  }

  /** Stops renewing and waits for a renewal already in flight, so nothing touches the lock afterwards. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.renewing;
  }

  private scheduleRenewal(): void {
    if (this.stopped || this.controller.signal.aborted) return;
    this.timer = setTimeout(
      () => {
        this.renewing = this.renew();
      },
      Math.max(1, Math.floor(this.deps.leaseMs / 3)),
    );
  }

  private async renew(): Promise<void> {
    const extendedUntil = this.deps.clock.now().getTime() + this.deps.leaseMs;
    try {
      if (await this.deps.renew()) {
        this.expiresAt = extendedUntil;
      } else {
        this.lose('taken-over');
      }
    } catch (err) {
      this.deps.onProblem?.({
        kind: 'renewal-failed',
        lockId: this.lock.id,
        error: toSystemError(err, 'renew lease'),
      });
      if (this.deps.clock.now().getTime() >= this.expiresAt) this.lose('expired');
    }
    this.scheduleRenewal();
  }

  private lose(why: 'taken-over' | 'expired'): void {
    const error = new LeaseLostError(this.lock.id, why);
    this.deps.onProblem?.({ kind: 'lost', lockId: this.lock.id, error });
    this.controller.abort(error);
  }
}
