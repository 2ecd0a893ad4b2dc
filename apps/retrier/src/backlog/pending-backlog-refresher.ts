import type { Logger } from '@ptpu/platform';
import type { PendingBacklog } from '@ptpu/store';
import type { Gauge } from 'prom-client';

export interface PendingBacklogRefresherDeps {
  /** Counts the pending rows (the store's `pending-by-state` Queries). */
  countPending(): Promise<PendingBacklog>;
  gauge: Gauge<'status' | 'pending_state'>;
  logger: Logger;
  intervalMs: number;
}

/**
 * Keeps `ptpu_pending_messages` current: on a fixed interval and whenever asked (after a tier run). A failed
 * count is logged and leaves the last values, so a store hiccup shows as a stale gauge rather than a crash.
 */
export class PendingBacklogRefresher {
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<void>;
  private queued?: Promise<void>;

  constructor(private readonly deps: PendingBacklogRefresherDeps) {}

  start(): void {
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.deps.intervalMs);
    this.timer.unref();
  }

  /** Waits for the refreshes already asked for. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await (this.queued ?? this.inFlight);
  }

  /**
   * Resolves once a count that began after this call has been applied; never rejects. Requests made while a
   * count runs share one follow-up count, so frequent tier runs cost at most one count at a time.
   */
  refresh(): Promise<void> {
    if (!this.inFlight) return (this.inFlight = this.countOnce());
    this.queued ??= this.inFlight.then(() => {
      this.queued = undefined;
      return (this.inFlight = this.countOnce());
    });
    return this.queued;
  }

  private countOnce(): Promise<void> {
    return this.countAndSet().finally(() => (this.inFlight = undefined));
  }

  private async countAndSet(): Promise<void> {
    const { gauge, logger } = this.deps;
    try {
      const backlog = await this.deps.countPending();
      // Reset first so a status that drained since the last refresh leaves the output instead of going stale.
      gauge.reset();
      for (const [pendingState, byStatus] of Object.entries(backlog)) {
        for (const [status, count] of Object.entries(byStatus)) {
          gauge.set({ status, pending_state: pendingState }, count);
        }
      }
    } catch (err) {
      logger.error(
        { err },
        'could not count the pending backlog: ptpu_pending_messages keeps its last values',
      );
    }
  }
}
