import { z } from 'zod';
import {
  commonShape,
  deriveOauthIssuer,
  duration,
  inboundAuthShape,
  integer,
  loadConfig,
  processingShape,
  queueConsumerShape,
  text,
  upstreamApisShape,
  type Env,
} from '@ptpu/platform';
import { tierSchedule } from './schedule/tier-schedule';

/** A 6-field cron (with seconds, read in London time), checked by the same parser the scheduler uses. */
function cron() {
  const expected = 'a 6-field cron such as 0 0 * * * * (second minute hour day month weekday)';
  return text(expected).refine((expression) => {
    try {
      tierSchedule('SHORT', expression);
      return true;
    } catch {
      return false;
    }
  }, `expected ${expected}`);
}

/** The retrier's environment (docs/architecture.md, "Configuration"); defaults are for the local stack only. */
export const retrierConfigSchema = z
  .object({
    ...commonShape(8083),
    ...inboundAuthShape,
    ...upstreamApisShape,
    ...processingShape,
    ...queueConsumerShape,
    HMPPS_SQS_QUEUES_PROBATIONEVENTQUEUE_QUEUE_NAME:
      text('an SQS queue name').prefault('ptpu-probation-events'),
    HMPPS_SQS_QUEUES_PROBATIONEVENTQUEUE_DLQ_NAME:
      text('an SQS queue name').prefault('ptpu-probation-events-dlq'),
    RETRY_SCHEDULES_SHORT_CRON: cron().prefault('0 0 * * * *'),
    RETRY_SCHEDULES_MEDIUM_CRON: cron().prefault('0 15 */4 * * *'),
    RETRY_SCHEDULES_LONG_CRON: cron().prefault('0 30 23 * * *'),
    /** Bookings of one tier worked at once. */
    PTPU_PROCESSING_CONCURRENCY: integer({ min: 1, max: 100 }).prefault('8'),
    /** Rows per page of a tier's query. */
    PTPU_PAGE_SIZE: integer({ min: 1, max: 1000 }).prefault('100'),
    /** Lease of the tier locks and booking claims, renewed every third of it. */
    PTPU_LOCK_LEASE: duration()
      .prefault('2m')
      .refine((ms) => ms >= 1_000, 'expected a lease of at least 1s'),
  })
  .transform(deriveOauthIssuer);

export type RetrierConfig = Readonly<z.output<typeof retrierConfigSchema>>;

export function loadRetrierConfig(env: Env): RetrierConfig {
  return loadConfig(retrierConfigSchema, env);
}
