import { tierSchedule, type TierSchedule } from './tier-schedule';
import type { RetrierConfig } from '../config';

/** The three tiers' schedules from `RETRY_SCHEDULES_*_CRON`, in tier order. */
export function tierSchedulesOf(config: RetrierConfig): TierSchedule[] {
  return [
    tierSchedule('SHORT', config.RETRY_SCHEDULES_SHORT_CRON),
    tierSchedule('MEDIUM', config.RETRY_SCHEDULES_MEDIUM_CRON),
    tierSchedule('LONG', config.RETRY_SCHEDULES_LONG_CRON),
  ];
}
