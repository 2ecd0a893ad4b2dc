import { z } from 'zod';
import {
  commonShape,
  deriveOauthIssuer,
  inboundAuthShape,
  interestedPrisonsShape,
  loadConfig,
  port,
  queueConsumerShape,
  text,
  upstreamApisShape,
  type Env,
} from '@ptpu/platform';

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
    ...queueConsumerShape,
    // The in-cluster housekeeping endpoint's (the chart sets it; no ingress routes it). Locally 0, an ephemeral
    // port, so any number of validators can run side by side; the start-up log names it.
    PTPU_MANAGEMENT_PORT: port().prefault('0'),
  })
  .transform(deriveOauthIssuer);

export type ValidatorConfig = Readonly<z.output<typeof validatorConfigSchema>>;

export function loadValidatorConfig(env: Env): ValidatorConfig {
  return loadConfig(validatorConfigSchema, env);
}
