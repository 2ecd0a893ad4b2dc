import { z } from 'zod';
import {
  commaList,
  commonShape,
  deriveOauthIssuer,
  duration,
  inboundAuthShape,
  integer,
  interestedPrisonsShape,
  loadConfig,
  port,
  text,
  upstreamApisShape,
  type Env,
} from '@ptpu/platform';
import { MAX_VISIBILITY_SECONDS } from './consumer/error-visibility';

/** The validator's environment (docs/architecture.md, "Configuration"); local defaults only. */
export const validatorConfigSchema = z
  .object({
    ...commonShape(8081),
    ...inboundAuthShape,
    // Includes the probation APIs: not called by the validator, but part of the shared upstream contract.
    ...upstreamApisShape,
    ...interestedPrisonsShape,
    HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_QUEUE_NAME: text('an SQS queue name').prefault('ptpu-events'),
    HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_DLQ_NAME: text('an SQS queue name').prefault('ptpu-events-dlq'),
    /** Messages handled at once, in receives of up to 10. */
    PTPU_CONSUMER_CONCURRENCY: integer({ min: 1, max: 100 }).prefault('10'),
    /** Visibility back-off after a transient failure, by receive count (hmpps-sqs errorVisibilityTimeout). */
    PTPU_ERROR_VISIBILITY: commaList()
      .pipe(z.array(duration()))
      .prefault('0s,30s,2m,10m')
      .refine((list) => list.length > 0, 'expected at least one duration')
      .refine(
        (list) => list.every((ms) => ms <= MAX_VISIBILITY_SECONDS * 1000),
        'expected durations of at most 12h',
      ),
    /** Housekeeping redrives before a DLQ message is parked (left for an operator). */
    PTPU_DLQ_MAX_REDRIVES: integer({ min: 1, max: 1000 }).prefault('5'),
    /**
     * Port of the in-cluster housekeeping endpoint (the chart sets it; no ingress routes it). Locally 0, an
     * ephemeral port, so any number of validators can run side by side; the start-up log names it.
     */
    PTPU_MANAGEMENT_PORT: port().prefault('0'),
  })
  .transform(deriveOauthIssuer);

export type ValidatorConfig = Readonly<z.output<typeof validatorConfigSchema>>;

export function loadValidatorConfig(env: Env): ValidatorConfig {
  return loadConfig(validatorConfigSchema, env);
}
