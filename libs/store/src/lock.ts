import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { UpdateCommand, type DynamoDBDocumentClient, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '@ptpu/domain';
import { isConditionalCheckFailed, toSystemError } from '@ptpu/aws';
import { documentClientFor } from './document-client';
import { noLeaseEvents, type LeaseEventRecorder } from './lease-events';
import { LeaseKeeper, type ActiveLock, type HeldLock, type LeaseProblem } from './lease-keeper';

export type { ActiveLock, HeldLock, LeaseProblem, WriteGate } from './lease-keeper';

/** `PTPU_LOCK_LEASE`'s default. */
export const DEFAULT_LEASE_MS = 120_000;

/**
 * The write gate's default margin, a tenth of the lease (so tests' short leases work), at most 5 s: others take a
 * claim over by their own clock, so it covers clock skew and the moments between the gate's check and sending.
 */
export function defaultSafetyMarginMs(leaseMs: number): number {
  return Math.min(5_000, Math.floor(leaseMs / 10));
}

/** A booking claim as taken, for the log; `takenAt` is when the acquire was sent. */
export interface ClaimTaken {
  lockId: string;
  owner: string;
  fence: number;
  takenAt: Date;
}

export function claimIdFor(bookingId: number): string {
  return `booking#${bookingId}`;
}

/** A `lockedBy` unique to this process. */
export function newLockOwner(podName: string): string {
  return `${podName}/${randomUUID()}`;
}

export interface DynamoLocksOptions {
  client: DynamoDBClient;
  /** The schedule table. */
  tableName: string;
  clock: Clock;
  /** `lockedBy`. Acquiring again as the same owner supersedes a handle: concurrent jobs need an instance each. */
  owner: string;
  /** Renewed every third of it while work runs. @defaultValue DEFAULT_LEASE_MS */
  leaseMs?: number;
  /** Told when a renewal fails or a lease is lost, for the log; the work is aborted separately. */
  onLeaseProblem?: (problem: LeaseProblem) => void;
  /** Told of every booking claim taken, so the log says who worked which booking under which fence. */
  onClaimTaken?: (claim: ClaimTaken) => void;
  /** The write gate's clock, in ms; must never jump. @defaultValue performance.now */
  monotonicNow?: () => number;
  /** @defaultValue defaultSafetyMarginMs(leaseMs) */
  safetyMarginMs?: number;
  leaseEvents?: LeaseEventRecorder;
}

/**
 * Job locks and booking claims on the schedule table (docs/architecture.md, Locks and claims). Every acquisition
 * bumps `fence`, and renew, release and claim checks require the fence we acquired with, so a superseded handle
 * can never touch the lock again.
 */
export class DynamoLocks {
  private readonly doc: DynamoDBDocumentClient;
  private readonly leaseMs: number;
  private readonly safetyMarginMs: number;
  private readonly monotonicNow: () => number;
  private readonly leaseEvents: LeaseEventRecorder;

  constructor(private readonly options: DynamoLocksOptions) {
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    if (!Number.isInteger(this.leaseMs) || this.leaseMs <= 0) {
      throw new RangeError(`leaseMs must be a positive integer, got ${options.leaseMs}`);
    }
    this.safetyMarginMs = options.safetyMarginMs ?? defaultSafetyMarginMs(this.leaseMs);
    if (!(this.safetyMarginMs >= 0 && this.safetyMarginMs < this.leaseMs)) {
      throw new RangeError(
        `safetyMarginMs must be at least 0 and below the lease, got ${options.safetyMarginMs}`,
      );
    }
    this.monotonicNow = options.monotonicNow ?? (() => performance.now());
    this.leaseEvents = options.leaseEvents ?? noLeaseEvents;
    this.doc = documentClientFor(options.client);
  }

  get owner(): string {
    return this.options.owner;
  }

  /** Takes the lock if it is free, expired or already ours; undefined when someone else holds it. */
  async acquire(id: string): Promise<HeldLock | undefined> {
    const now = this.options.clock.now().getTime();
    const output = await this.conditionalUpdate(`acquire ${id}`, {
      Key: { _id: id },
      UpdateExpression: 'SET lockUntil = :until, lockedBy = :me ADD fence :one',
      ConditionExpression: 'attribute_not_exists(lockUntil) OR lockUntil < :now OR lockedBy = :me',
      ExpressionAttributeValues: { ':until': now + this.leaseMs, ':now': now, ':me': this.owner, ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    });
    if (!output) return undefined;
    this.leaseEvents.record('taken', id);
    return { id, owner: this.owner, fence: output.fence as number };
  }

  /** Extends the lease from now; false when the lock has been taken over since we acquired it. */
  async renew(lock: HeldLock): Promise<boolean> {
    // No expiry condition: if our fence still stands, nobody acquired the lock in between, so extending is safe.
    const until = this.options.clock.now().getTime() + this.leaseMs;
    const renewed = await this.updateIfOurs(`renew ${lock.id}`, lock, 'SET lockUntil = :until', {
      ':until': until,
    });
    this.leaseEvents.record(renewed ? 'renewed' : 'lost', lock.id);
    return renewed;
  }

  /** Frees the lock for the next taker; false when it was no longer ours. `lockedBy` stays for the operator. */
  async release(lock: HeldLock): Promise<boolean> {
    const released = await this.updateIfOurs(`release ${lock.id}`, lock, 'REMOVE lockUntil', {});
    this.leaseEvents.record(released ? 'released' : 'lost', lock.id);
    return released;
  }

  /** Runs `fn` while holding the job lock `name`, renewed in the background; 'skipped' when it is held elsewhere. */
  withLock<T>(name: string, fn: (lock: ActiveLock) => Promise<T>): Promise<T | 'skipped'> {
    return this.runHolding(name, fn);
  }

  /** Runs `fn` while holding the claim on a booking; 'skipped' when another worker has it. */
  withClaim<T>(bookingId: number, fn: (claim: ActiveLock) => Promise<T>): Promise<T | 'skipped'> {
    return this.runHolding(claimIdFor(bookingId), fn, this.options.onClaimTaken);
  }

  private async runHolding<T>(
    id: string,
    fn: (lock: ActiveLock) => Promise<T>,
    onTaken?: (claim: ClaimTaken) => void,
  ): Promise<T | 'skipped'> {
    // Both read before the acquire is sent: the lease the table grants starts no earlier than either.
    const acquireSentAt = this.monotonicNow();
    const acquiredAt = this.options.clock.now();
    const held = await this.acquire(id);
    if (!held) return 'skipped';
    onTaken?.({ lockId: id, owner: held.owner, fence: held.fence, takenAt: acquiredAt });
    const keeper = new LeaseKeeper(held, acquiredAt.getTime() + this.leaseMs, {
      renew: () => this.renew(held),
      clock: this.options.clock,
      leaseMs: this.leaseMs,
      monotonicNow: this.monotonicNow,
      acquireSentAt,
      safetyMarginMs: this.safetyMarginMs,
      onProblem: (problem) => {
        // A refused renewal was counted by `renew`; a lease that ran out while renewals failed is counted here.
        if (problem.kind === 'lost' && problem.error.why === 'expired') this.leaseEvents.record('lost', id);
        this.options.onLeaseProblem?.(problem);
      },
    });
    let result: T;
    try {
      result = await fn(keeper.active);
    } catch (err) {
      await keeper.stop();
      // The work's own failure is what the caller must see; an unreleased lease simply runs out.
      await this.release(held).catch(() => undefined);
      throw err;
    }
    await keeper.stop();
    await this.release(held);
    return result;
  }

  private async updateIfOurs(
    operation: string,
    lock: HeldLock,
    UpdateExpression: string,
    values: Record<string, unknown>,
  ): Promise<boolean> {
    const output = await this.conditionalUpdate(operation, {
      Key: { _id: lock.id },
      UpdateExpression,
      ConditionExpression: 'lockedBy = :me AND fence = :fence',
      ExpressionAttributeValues: { ...values, ':me': lock.owner, ':fence': lock.fence },
    });
    return output !== undefined;
  }

  /** Undefined when the condition was false. */
  private async conditionalUpdate(
    operation: string,
    input: Omit<UpdateCommandInput, 'TableName'>,
  ): Promise<Record<string, unknown> | undefined> {
    try {
      const output = await this.doc.send(new UpdateCommand({ ...input, TableName: this.options.tableName }));
      return output.Attributes ?? {};
    } catch (err) {
      if (isConditionalCheckFailed(err)) return undefined;
      throw toSystemError(err, operation);
    }
  }
}
