import { Cron } from 'croner';
import type { RetryTier } from '@ptpu/domain';

/** Crons are read on the London wall clock, as the original service's were (docs/architecture.md, Retry tiers). */
const CRON_TIME_ZONE = 'Europe/London';

/** When one retry tier fires: its cron, evaluated in London time. */
export interface TierSchedule {
  readonly tier: RetryTier;
  /** The 6-field cron (second minute hour day-of-month month day-of-week), as configured. */
  readonly expression: string;
  /** The first firing strictly after `instant`; undefined when the cron can never fire again. */
  nextFireAfter(instant: Date): Date | undefined;
}

/**
 * Parses a tier's cron; throws (croner's error naming the bad field) when it is not a valid 6-field cron. The
 * Spring-style seconds field is required so the original deployment values carry over unchanged.
 */
export function tierSchedule(tier: RetryTier, expression: string): TierSchedule {
  // Paused and without a callback: croner only evaluates the pattern here, it never starts a timer.
  const cron = new Cron(expression, { timezone: CRON_TIME_ZONE, mode: '6-part', paused: true });
  return { tier, expression, nextFireAfter: (instant) => cron.nextRun(instant) ?? undefined };
}

export interface TierFiring {
  tier: RetryTier;
  at: Date;
}

/**
 * Every firing of the given tiers in `(from, to]`, in time order (tiers firing at the same instant in the
 * order given). The scheduler fires each tier at these instants; tests walk a simulated clock through them.
 */
export function firingsBetween(schedules: readonly TierSchedule[], from: Date, to: Date): TierFiring[] {
  const firings: TierFiring[] = [];
  schedules.forEach((schedule) => {
    for (let at = schedule.nextFireAfter(from); at && at <= to; at = schedule.nextFireAfter(at)) {
      firings.push({ tier: schedule.tier, at });
    }
  });
  const order = (tier: RetryTier) => schedules.findIndex((schedule) => schedule.tier === tier);
  return firings.sort((a, b) => a.at.getTime() - b.at.getTime() || order(a.tier) - order(b.tier));
}
