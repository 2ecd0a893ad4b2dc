import type { Clock } from '@ptpu/domain';
import { toSystemError } from '@ptpu/aws';
import { LeaseLostError } from './store-errors';

/** A lock or claim as acquired: enough to renew it, release it or guard a write with it. */
export interface HeldLock {
  /** The schedule-table `_id`: a job name, or `booking#<bookingId>` for a claim. */
  readonly id: string;
  /** `lockedBy`. */
  readonly owner: string;
  /** As this acquisition left it; any later acquisition makes this handle stale. */
  readonly fence: number;
}

/** Whether a Delius write may still go out under a claim, answered without I/O (docs/architecture.md). */
export interface WriteGate {
  readonly claimId: string;
  readonly owner: string;
  readonly fence: number;
  /**
   * Ms a write may still take before someone else could hold the claim: the lease from when the last successful
   * acquire or renewal was sent, on a monotonic clock, less the safety margin. At most zero: send nothing. Zero
   * at once when the lease is known lost or the work has ended.
   */
  msLeft(): number;
}

/** A held lock while its work runs; a Delius write checks `writeGate` just before it is sent. */
export interface ActiveLock extends HeldLock {
  /** Aborted (reason: `LeaseLostError`) once the lease is taken over or runs out unrenewed: stop the work. */
  readonly signal: AbortSignal;
  readonly writeGate: WriteGate;
}

export type LeaseProblem =
  | { kind: 'renewal-failed'; lockId: string; error: Error }
  | { kind: 'lost'; lockId: string; error: LeaseLostError };

interface LeaseKeeperDeps {
  /** False when the lease is no longer ours. */
  renew: () => Promise<boolean>;
  clock: Clock;
  leaseMs: number;
  /** The write gate's clock, in ms: one that never jumps, unlike the wall clock. */
  monotonicNow: () => number;
  /** When the acquire that took the lease was sent, on `monotonicNow`. */
  acquireSentAt: number;
  /** Taken off the lease by the write gate: clock skew between hosts, and the time a write takes to leave. */
  safetyMarginMs: number;
  onProblem?: (problem: LeaseProblem) => void;
}

/**
 * Renews a held lease every third of its length while work runs, so a slow run keeps its lock but a crashed
 * pod's frees itself within one lease. A failed renewal is retried at the next tick; the work is aborted only
 * once the lease is known to be someone else's or its last known expiry has passed. The write gate waits for
 * neither: it closes on its own clock, which a hung renewal or a frozen process cannot delay.
 */
export class LeaseKeeper {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private renewing: Promise<void> = Promise.resolve();
  private stopped = false;
  private lastSentAt: number;

  constructor(
    private readonly lock: HeldLock,
    private expiresAt: number,
    private readonly deps: LeaseKeeperDeps,
  ) {
    this.lastSentAt = deps.acquireSentAt;
    this.scheduleRenewal();
  }

  get active(): ActiveLock {
    const { id, owner, fence } = this.lock;
    return {
      ...this.lock,
      signal: this.controller.signal,
      writeGate: { claimId: id, owner, fence, msLeft: () => this.msLeft() },
    };
  }

  /** Stops renewing and waits for a renewal already in flight, so nothing touches the lock afterwards. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.renewing;
  }

  private msLeft(): number {
    if (this.stopped || this.controller.signal.aborted) return 0;
    const { leaseMs, safetyMarginMs, monotonicNow } = this.deps;
    return this.lastSentAt + leaseMs - safetyMarginMs - monotonicNow();
  }

  private scheduleRenewal(): void {
    if (this.stopped || this.controller.signal.aborted) return;
    const every = Math.max(1, Math.floor(this.deps.leaseMs / 3));
    this.timer = setTimeout(() => (this.renewing = this.renew()), every);
  }

  private async renew(): Promise<void> {
    // Read before sending: the lease the table grants starts no earlier than this.
    const sentAt = this.deps.monotonicNow();
    const extendedUntil = this.deps.clock.now().getTime() + this.deps.leaseMs;
    try {
      if (await this.deps.renew()) {
        this.expiresAt = extendedUntil;
        this.lastSentAt = Math.max(this.lastSentAt, sentAt);
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
