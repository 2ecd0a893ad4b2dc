import { setTimeout as sleep } from 'node:timers/promises';
import { JobRunner, type JobLocks, type JobOutcome } from '@ptpu/booking-runner';
import { runProcessingCycle, type CycleCounts, type ProcessingCycleDeps } from './processing-cycle';

/** The job lock that keeps one processor cycle running across all pods (docs/architecture.md, Locks and claims). */
const PROCESSOR_LOCK = 'processor';

export interface ProcessingLoopDeps extends ProcessingCycleDeps {
  locks: JobLocks;
  /** `PRISONTOPROBATION_MESSAGE_PROCESSOR_DELAY`: ms from the end of one cycle to the start of the next. */
  delayMs: number;
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
    const outcome = await this.jobs.run(PROCESSOR_LOCK, this.deps.locks, (signal) =>
      runProcessingCycle(this.deps, signal),
    );
    switch (outcome.result) {
      case 'completed': {
        const counts = outcome.value;
        if (Object.values(counts).some((count) => count > 0)) {
          this.deps.logger.info(
            { ...counts, durationMs: Math.round(outcome.seconds * 1000) },
            'processing cycle finished',
          );
        }
        return counts;
      }
      default:
        return outcome.result;
    }
  }

  private async loop(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      await this.runOnce();
      await sleep(this.deps.delayMs, undefined, { signal: this.stopping.signal }).catch(() => undefined);
    }
  }
}
