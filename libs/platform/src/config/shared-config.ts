import { z } from 'zod';
import { boolean, commaList, duration, integer, markSecret, port, secret, text, url } from './config-fields';

// The schema fragments several apps really share (docs/architecture.md, "Configuration"). Each app spreads the
// ones it uses into its own `z.object({...})` in apps/<app>/src/config.ts. Defaults are for the local stack only.

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** What every app reads: `PORT` (the app's local default), AWS SDK settings (unset in AWS: IRSA), tables. */
export function commonShape(defaultPort: number) {
  return {
    PORT: port().prefault(String(defaultPort)),
    AWS_REGION: text('an AWS region such as eu-west-2').prefault('eu-west-2'),
    AWS_ENDPOINT_URL: url().optional(),
    AWS_ENDPOINT_URL_SQS: url().optional(),
    AWS_ENDPOINT_URL_SNS: url().optional(),
    AWS_ENDPOINT_URL_DYNAMODB: url().optional(),
    AWS_ACCESS_KEY_ID: text('an access key id').optional(),
    AWS_SECRET_ACCESS_KEY: markSecret(text('a secret access key').optional()),
    DYNAMODB_TABLENAME: text('a DynamoDB table name').prefault('ptpu-messages'),
    DYNAMODB_SCHEDULE_TABLENAME: text('a DynamoDB table name').prefault('ptpu-schedule'),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).prefault('info'),
    PROVISION_LOCAL_RESOURCES: boolean().prefault('false'),
    APPLICATIONINSIGHTS_CONNECTION_STRING: markSecret(
      text('an Application Insights connection string').optional(),
    ),
    BUILD_NUMBER: text('a build number').optional(),
    GIT_REF: text('a git commit or ref').optional(),
    GIT_BRANCH: text('the git branch built').optional(),
    /** The HMPPS service catalogue's product id, shown on /info for HMPPS tooling. */
    PRODUCT_ID: text('an HMPPS product id').optional(),
  };
}

/** HMPPS Auth for an app verifying inbound JWTs; `.transform(deriveOauthIssuer)` fills an unset `OAUTH_ISSUER`. */
export const inboundAuthShape = {
  OAUTH_ENDPOINT_URL: url().prefault('http://127.0.0.1:8090/auth'),
  OAUTH_ISSUER: text('the issuer (iss) of HMPPS Auth tokens').optional(),
};

/**
 * What an app needs to call the upstream APIs (libs/clients' `upstreamClientsFromConfig`): HMPPS Auth client
 * credentials (no defaults), the API URLs (the sandbox locally) and the per-request timeout in ms.
 */
export const upstreamApisShape = {
  OAUTH_ENDPOINT_URL: url().prefault('http://127.0.0.1:8090/auth'),
  OAUTH_CLIENT_ID: text('the HMPPS Auth client id'),
  OAUTH_CLIENT_SECRET: secret(),
  PRISON_ENDPOINT_URL: url().prefault('http://127.0.0.1:8093'),
  OFFENDER_SEARCH_ENDPOINT_URL: url().prefault('http://127.0.0.1:8097'),
  COMMUNITY_ENDPOINT_URL: url().prefault('http://127.0.0.1:8096'),
  PTPU_HTTP_TIMEOUT: duration()
    .prefault('10s')
    .refine((ms) => ms > 0, 'expected a timeout above 0'),
};

/** `PRISONTOPROBATION_ONLY_PRISONS`: the interested prisons; an empty list means all prisons. */
export const interestedPrisonsShape = { PRISONTOPROBATION_ONLY_PRISONS: commaList().prefault('') };

/** What the processing use case reads, for the processor and the retrier: prisons, domain topic, dry run. */
export const processingShape = {
  ...interestedPrisonsShape,
  HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN: text('an SNS topic ARN').prefault(
    'arn:aws:sns:eu-west-2:000000000000:domain_events',
  ),
  PRISONTOPROBATION_DRY_RUN: boolean().prefault('false'),
};

/** How an app consumes its queue (the validator its prison events, the retrier its probation events). */
export const queueConsumerShape = {
  /** Messages handled at once, in receives of up to 10. */
  PTPU_CONSUMER_CONCURRENCY: integer({ min: 1, max: 100 }).prefault('10'),
  /** Visibility back-off after a transient failure, by receive count (hmpps-sqs errorVisibilityTimeout). */
  PTPU_ERROR_VISIBILITY: commaList()
    .pipe(z.array(duration()))
    .prefault('0s,30s,2m,10m')
    .refine((list) => list.length > 0, 'expected at least one duration')
    // SQS refuses a visibility timeout above 12 hours.
    .refine((list) => list.every((ms) => ms <= 12 * 3_600_000), 'expected durations of at most 12h'),
  /** Redrives (housekeeping or an operator's) before a DLQ message is parked (left for an operator). */
  PTPU_DLQ_MAX_REDRIVES: integer({ min: 1, max: 1000 }).prefault('5'),
};

/** Fills `OAUTH_ISSUER` from `OAUTH_ENDPOINT_URL` when unset, the way HMPPS Auth names itself. */
export function deriveOauthIssuer<T extends { OAUTH_ENDPOINT_URL: string; OAUTH_ISSUER?: string }>(
  config: T,
): T & { OAUTH_ISSUER: string } {
  return { ...config, OAUTH_ISSUER: config.OAUTH_ISSUER ?? `${config.OAUTH_ENDPOINT_URL}/issuer` };
}
