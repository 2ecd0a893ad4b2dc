import { setTimeout as sleep } from 'node:timers/promises';
import type { ActiveLock } from '@ptpu/store';
import { runProcessingCycle, type CycleCounts, type ProcessingCycleDeps } from './processing-cycle';

/** The job lock that keeps one processor cycle running across all pods (architecture.md section 3.2). */
export const PROCESSOR_LOCK = 'processor';

export interface JobLocks {
  withLock<T>(name: string, fn: (lock: ActiveLock) => Promise<T>): Promise<T | 'skipped'>;
}

export interface ProcessingLoopDeps extends ProcessingCycleDeps {
  locks: JobLocks;
  /** `PRISONTOPROBATION_MESSAGE_PROCESSOR_DELAY`: ms from the end of one cycle to the start of the next. */
  delayMs: number;
}

/**
 * Runs a processing cycle under the `processor` job lock, waits the fixed delay, and again, until stopped. A
 * pod that finds the lock held skips the cycle; one whose cycle fails logs it and tries again after the delay.
 */
export class ProcessingLoop {
  private readonly stopping = new AbortController();
  private running: Promise<void> | undefined;

  constructor(private readonly deps: ProcessingLoopDeps) {}

  start(): void {
    this.running ??= this.loop();
  }

  /** Stops taking bookings and resolves once the bookings already started have ended. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }

  /** One cycle under the job lock: the counts, 'skipped' when another pod holds the lock, or 'failed'. */
  async runOnce(): Promise<CycleCounts | 'skipped' | 'failed'> {
    const { locks, logger } = this.deps;
    const started = Date.now();
    try {
      const result = await locks.withLock(PROCESSOR_LOCK, (lock) =>
        runProcessingCycle(this.deps, AbortSignal.any([lock.signal, this.stopping.signal])),
      );
      if (result !== 'skipped' && result.processed + result.skipped + result.stopped > 0) {
        logger.info({ ...result, durationMs: Date.now() - started }, 'processing cycle finished');
      }
      return result;
    } catch (err) {
      logger.error({ err }, 'processing cycle failed: trying again after the delay');
      return 'failed';
    }
  }

  private async loop(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      await this.runOnce();
      await sleep(this.deps.delayMs, undefined, { signal: this.stopping.signal }).catch(() => undefined);
    }
  }
}
