import type { Clock, RetryTier } from '@ptpu/domain';
import type { TierSchedule } from './tier-schedule';

export interface TierSchedulerOptions {
  schedules: readonly TierSchedule[];
  /** "Now", for the cron evaluation; timers only wait for the clock to reach the next firing. */
  clock: Clock;
  /** Starts a tier's run; the scheduler does not wait for it before arming the tier's next firing. */
  fire(tier: RetryTier, dueAt: Date): Promise<unknown>;
  /** Told when a tier's cron can never fire again. */
  onExhausted?(tier: RetryTier): void;
}

/** Longest single timer; a longer wait is checked against the clock again after this. */
const MAX_TIMER_MS = 60_000;

/**
 * Fires each tier at its cron's instants, every tier on its own timer, so a long run of one tier never delays
 * another. Firings missed while the process was not running (or its event loop was stalled) are not caught
 * up: the next firing after now follows. Long waits are cut into short timers and rechecked against the
 * clock, which keeps timers within Node's 24.8-day limit and follows a clock that jumps.
 */
export class TierScheduler {
  private readonly timers = new Map<RetryTier, NodeJS.Timeout>();
  private readonly nextDue = new Map<RetryTier, Date>();
  private stopped = true;

  constructor(private readonly options: TierSchedulerOptions) {}

  start(): void {
    this.stopped = false;
    for (const schedule of this.options.schedules) this.arm(schedule, this.options.clock.now());
  }

  nextFirings(): ReadonlyMap<RetryTier, Date> {
    return new Map(this.nextDue);
  }

  /** Cancels the coming firings; runs already started are the tier runner's to stop. */
  stop(): void {
    this.stopped = true;
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
    this.nextDue.clear();
  }

  private arm(schedule: TierSchedule, after: Date): void {
    const due = schedule.nextFireAfter(after);
    if (!due) {
      this.nextDue.delete(schedule.tier);
      this.options.onExhausted?.(schedule.tier);
      return;
    }
    this.nextDue.set(schedule.tier, due);
    this.waitFor(schedule, due);
  }

  private waitFor(schedule: TierSchedule, due: Date): void {
    if (this.stopped) return;
    const now = this.options.clock.now();
    const remaining = due.getTime() - now.getTime();
    if (remaining > 0) {
      const timer = setTimeout(() => this.waitFor(schedule, due), Math.min(remaining, MAX_TIMER_MS));
      this.timers.set(schedule.tier, timer);
      return;
    }
    void this.options.fire(schedule.tier, due);
    // From now, not from `due`: after a stall, the firings in between are skipped rather than run back to back.
    this.arm(schedule, now > due ? now : due);
  }
}
