import { randomUUID } from 'node:crypto';
import { errorCodeOf } from '@ptpu/domain';
import { HttpError } from '../http/http-error';
import type { Logger } from '../logging/create-logger';

/** A background job as `GET .../jobs/{id}` answers it. */
export interface JobView<R> {
  id: string;
  kind: string;
  state: 'running' | 'finished';
  total: number;
  done: number;
  startedAt: string;
  finishedAt?: string;
  /** Each item's own answer, or `error` with the failure's code when it threw. */
  results: { item: string; outcome: R | { error: string } }[];
}

/**
 * Operator jobs too long for one HTTP request (a bulk re-match, a DLQ redrive), one item at a time, their
 * progress kept in this pod's memory (forgotten after the newest `kept`) for an operator to poll. An item
 * that throws is recorded with its error code and the job goes on.
 */
export class BackgroundJobs {
  private readonly jobs = new Map<string, JobView<unknown>>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly logger: Logger,
    private readonly kept = 20,
    /** Jobs running at once in this pod: a bulk job is heavy, and an operator needs only a few. */
    private readonly maxRunning = 2,
  ) {}

  /** Starts a job; refused (409 `JOBS.BUSY`) while `maxRunning` jobs are running here. */
  start<I, R>(kind: string, items: readonly I[], name: (item: I) => string, work: (item: I) => Promise<R>) {
    if (this.running.size >= this.maxRunning)
      throw new HttpError(
        409,
        `${this.running.size} job(s) already running in this pod: poll them, and start this one when one has finished`,
        { code: 'JOBS.BUSY' },
      );
    const job: JobView<R> = {
      id: randomUUID(),
      kind,
      state: 'running',
      total: items.length,
      done: 0,
      startedAt: new Date().toISOString(),
      results: [],
    };
    this.remember(job as JobView<unknown>);
    const run = (async () => {
      this.logger.info({ job: job.id, kind, total: job.total }, 'background job started');
      for (const item of items) {
        let outcome: R | { error: string };
        try {
          outcome = await work(item);
        } catch (err) {
          this.logger.error({ err, job: job.id, item: name(item) }, 'background job item failed');
          outcome = { error: errorCodeOf(err) };
        }
        job.results.push({ item: name(item), outcome });
        job.done += 1;
      }
      job.state = 'finished';
      job.finishedAt = new Date().toISOString();
      this.logger.info({ job: job.id, kind, total: job.total }, 'background job finished');
    })().finally(() => this.running.delete(run));
    this.running.add(run);
    return job;
  }

  get(id: string): JobView<unknown> | undefined {
    return this.jobs.get(id);
  }

  /** For shutdown. */
  async stop(): Promise<void> {
    await Promise.all(this.running);
  }

  private remember(job: JobView<unknown>): void {
    this.jobs.set(job.id, job);
    for (const id of this.jobs.keys()) {
      if (this.jobs.size <= this.kept) break;
      if (this.jobs.get(id)?.state === 'finished') this.jobs.delete(id);
    }
  }
}
