import { Cron } from 'croner';
import type { RetryTier } from '@ptpu/domain';

/** Crons are read on the London wall clock, as the original service's were (docs/architecture.md, Retry tiers). */
const CRON_TIME_ZONE = 'Europe/London';

export type TierSchedule = ReturnType<typeof tierSchedule>;

/**
 * A tier's cron and its next firing strictly after an instant (undefined when it can never fire again). Throws
 * croner's error naming the bad field; Spring's seconds field lets the original values carry over.
 */
export function tierSchedule(tier: RetryTier, expression: string) {
  // Paused and without a callback: croner only evaluates the pattern here, it never starts a timer.
  const cron = new Cron(expression, { timezone: CRON_TIME_ZONE, mode: '6-part', paused: true });
  return { tier, expression, nextFireAfter: (instant: Date) => cron.nextRun(instant) ?? undefined };
}
