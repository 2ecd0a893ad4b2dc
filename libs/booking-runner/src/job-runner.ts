import { performance } from 'node:perf_hooks';
import { errorCodeOf } from '@ptpu/domain';
import type { Logger } from '@ptpu/platform';
import type { ActiveLock } from '@ptpu/store';

/** Job locks as libs/store's `DynamoLocks` hands them out: `'skipped'` when another pod holds the lock. */
export interface JobLocks {
  withLock<T>(name: string, fn: (lock: ActiveLock) => Promise<T>): Promise<T | 'skipped'>;
}

/** How a request to run a job ended; `failed` is logged here with its cause. */
export type JobOutcome<T> =
  | { result: 'completed'; value: T; seconds: number }
  | { result: 'already-running' }
  | { result: 'stopping' }
  | { result: 'locked-elsewhere' }
  | { result: 'failed'; errorCode: string };

/**
 * Runs jobs (the processor's cycle, each retrier tier) under their job locks: one run of each at a time, in
 * one pod. The work's signal aborts once the lock is lost or the runner stops. Never rejects.
 */
export class JobRunner {
  private readonly running = new Map<string, Promise<unknown>>();
  private readonly stopping = new AbortController();

  constructor(private readonly logger: Logger) {}

  run<T>(name: string, locks: JobLocks, work: (signal: AbortSignal) => Promise<T>): Promise<JobOutcome<T>> {
    if (this.stopping.signal.aborted) return Promise.resolve({ result: 'stopping' });
    if (this.running.has(name)) return Promise.resolve({ result: 'already-running' });
    const run = this.runUnderLock(name, locks, work).finally(() => this.running.delete(name));
    this.running.set(name, run);
    return run;
  }

  /** Tells running jobs to start no further booking, and waits for those they are working to finish. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await Promise.all(this.running.values());
  }

  private async runUnderLock<T>(
    name: string,
    locks: JobLocks,
    work: (signal: AbortSignal) => Promise<T>,
  ): Promise<JobOutcome<T>> {
    const started = performance.now();
    try {
      const value = await locks.withLock(name, (lock) =>
        work(AbortSignal.any([lock.signal, this.stopping.signal])),
      );
      if (value === 'skipped') return { result: 'locked-elsewhere' };
      return { result: 'completed', value, seconds: (performance.now() - started) / 1000 };
    } catch (err) {
      this.logger.error({ err, job: name }, 'job run failed: the next run tries again');
      return { result: 'failed', errorCode: errorCodeOf(err) };
    }
  }
}
