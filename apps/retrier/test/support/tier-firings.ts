import type { RetryTier } from '@ptpu/domain';
import type { TierSchedule } from '../../src/schedule/tier-schedule';

export interface TierFiring {
  tier: RetryTier;
  at: Date;
}

/** Every firing in `(from, to]` in time order (then the order given), for tests to walk a simulated clock. */
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
