import { setTimeout as sleep } from 'node:timers/promises';
import {
  JobRunner,
  workBooking,
  workBookings,
  type BookingResult,
  type BookingWorkDeps,
  type JobLocks,
  type JobOutcome,
} from '@ptpu/booking-runner';
import { firstTimeRows, type Clock, type MessageRow } from '@ptpu/domain';
import type { Logger } from '@ptpu/platform';

/** The job lock that keeps one processor cycle running across all pods (docs/architecture.md, Locks and claims). */
const PROCESSOR_LOCK = 'processor';

export interface ProcessingLoopDeps {
  /** The repository's due rows: pending-by-state `NEW`, created before the cutoff. */
  rows: { dueFirstTimeRows(cutoff: Date): AsyncIterable<readonly MessageRow[]> };
  booking: BookingWorkDeps;
  locks: JobLocks;
  clock: Clock;
  logger: Logger;
  /** `PRISONTOPROBATION_HOLD_BACK_DURATION` in ms. */
  holdBackMs: number;
  /** `PTPU_PROCESSING_CONCURRENCY`. */
  concurrency: number;
  /** `PRISONTOPROBATION_MESSAGE_PROCESSOR_DELAY`: ms from the end of one cycle to the start of the next. */
  delayMs: number;
}

type CycleCounts = Record<BookingResult['result'], number>;

/** Claims and works one booking as a cycle does: its first-time rows; its retrying rows are left to their tiers. */
export function workDueBooking(bookingId: number, deps: BookingWorkDeps): Promise<BookingResult> {
  return workBooking(bookingId, firstTimeRows, deps);
}

/**
 * Runs a processing cycle under the `processor` job lock, waits the fixed delay, and again, until stopped. A
 * pod that finds the lock held skips the cycle; one whose cycle fails (logged by the job runner) tries again
 * after the delay.
 */
export class ProcessingLoop {
  private readonly jobs: JobRunner;
  private readonly stopping = new AbortController();
  private running: Promise<void> | undefined;

  constructor(private readonly deps: ProcessingLoopDeps) {
    this.jobs = new JobRunner(deps.logger);
  }

  start(): void {
    this.running ??= this.loop();
  }

  /** Stops taking bookings and resolves once the bookings already started have ended. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.jobs.stop();
    await this.running;
  }

  /** One cycle under the job lock: the counts, or how the job runner says it did not run (or failed). */
  async runOnce(): Promise<CycleCounts | Exclude<JobOutcome<CycleCounts>['result'], 'completed'>> {
    const outcome = await this.jobs.run(PROCESSOR_LOCK, this.deps.locks, (signal) => this.cycle(signal));
    if (outcome.result !== 'completed') return outcome.result;
    const counts = outcome.value;
    if (Object.values(counts).some((count) => count > 0)) {
      this.deps.logger.info(
        { ...counts, durationMs: Math.round(outcome.seconds * 1000) },
        'processing cycle finished',
      );
    }
    return counts;
  }

  /**
   * Works every booking with a due first-time row, `concurrency` at once. Stops taking new bookings once
   * `signal` aborts (the job lock was lost or the app is stopping) and returns when those started have ended.
   */
  private async cycle(signal: AbortSignal): Promise<CycleCounts> {
    const { deps } = this;
    const cutoff = new Date(deps.clock.now().getTime() - deps.holdBackMs);
    const counts: CycleCounts = { worked: 0, 'claimed-elsewhere': 0, stopped: 0 };
    await workBookings(deps.rows.dueFirstTimeRows(cutoff), {
      concurrency: deps.concurrency,
      signal,
      logger: deps.logger,
      work: (bookingId) => workDueBooking(bookingId, deps.booking),
      onResult: ({ result }) => (counts[result] += 1),
    });
    return counts;
  }

  private async loop(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      await this.runOnce();
      await sleep(this.deps.delayMs, undefined, { signal: this.stopping.signal }).catch(() => undefined);
    }
  }
}
