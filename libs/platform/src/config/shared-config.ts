import { boolean, commaList, duration, logLevel, port, secret, text, url } from './config-fields';
import { markSecret } from './secret-fields';

// Schema fragments for the variables several apps share (docs/architecture.md, "Configuration"). Each app spreads the
// ones it uses into its own `z.object({...})`. Defaults are for the local stack only.

/** `PORT`, with the app's own local default (validator 8081, processor 8082, retrier 8083, reports 8084). */
export function portShape(defaultPort: number) {
  return { PORT: port().prefault(String(defaultPort)) };
}

/** AWS SDK settings. Endpoints and keys are unset in AWS (IRSA) and point at the emulators locally. */
export const awsShape = {
  AWS_REGION: text('an AWS region such as eu-west-2').prefault('eu-west-2'),
  AWS_ENDPOINT_URL: url().optional(),
  AWS_ENDPOINT_URL_SQS: url().optional(),
  AWS_ENDPOINT_URL_SNS: url().optional(),
  AWS_ENDPOINT_URL_DYNAMODB: url().optional(),
  AWS_ACCESS_KEY_ID: text('an access key id').optional(),
  AWS_SECRET_ACCESS_KEY: markSecret(text('a secret access key').optional()),
};

/** The message table and the schedule (locks and claims) table. */
export const tablesShape = {
  DYNAMODB_TABLENAME: text('a DynamoDB table name').prefault('ptpu-messages'),
  DYNAMODB_SCHEDULE_TABLENAME: text('a DynamoDB table name').prefault('ptpu-schedule'),
};

/** Logging, telemetry, build identity and local provisioning: every app has these. */
export const runtimeShape = {
  LOG_LEVEL: logLevel().prefault('info'),
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

/** Everything every app needs: port, AWS, both tables and the runtime settings. */
export function commonShape(defaultPort: number) {
  return { ...portShape(defaultPort), ...awsShape, ...tablesShape, ...runtimeShape };
}

/**
 * HMPPS Auth as seen by an app that verifies inbound JWTs. `OAUTH_ISSUER` is optional here; finish the
 * schema with `.transform(deriveOauthIssuer)` so it defaults to `${OAUTH_ENDPOINT_URL}/issuer`.
 */
export const inboundAuthShape = {
  OAUTH_ENDPOINT_URL: url().prefault('http://127.0.0.1:8090/auth'),
  OAUTH_ISSUER: text('the issuer (iss) of HMPPS Auth tokens').optional(),
};

/** HMPPS Auth client credentials for outbound calls. Neither has a default. */
export const outboundAuthShape = {
  OAUTH_ENDPOINT_URL: url().prefault('http://127.0.0.1:8090/auth'),
  OAUTH_CLIENT_ID: text('the HMPPS Auth client id'),
  OAUTH_CLIENT_SECRET: secret(),
};

/** prison-api base URL (sandbox locally). */
export const prisonApiShape = {
  PRISON_ENDPOINT_URL: url().prefault('http://127.0.0.1:8093'),
};

/** probation-offender-search and community-api base URLs (sandbox locally). */
export const probationApisShape = {
  OFFENDER_SEARCH_ENDPOINT_URL: url().prefault('http://127.0.0.1:8097'),
  COMMUNITY_ENDPOINT_URL: url().prefault('http://127.0.0.1:8096'),
};

/** Per-request timeout for calls to the upstream APIs, in ms; never 0, which would end every call at once. */
export const httpTimeoutShape = {
  PTPU_HTTP_TIMEOUT: duration()
    .prefault('10s')
    .refine((ms) => ms > 0, 'expected a timeout above 0'),
};

/** `PRISONTOPROBATION_ONLY_PRISONS`: the interested prisons; an empty list means all prisons. */
export const interestedPrisonsShape = {
  PRISONTOPROBATION_ONLY_PRISONS: commaList().prefault(''),
};

/**
 * Everything an app needs to call the upstream APIs (libs/clients' `upstreamClientsFromConfig`): HMPPS Auth
 * client credentials, the three API URLs and the per-request timeout.
 */
export const upstreamApisShape = {
  ...outboundAuthShape,
  ...prisonApiShape,
  ...probationApisShape,
  ...httpTimeoutShape,
};

/** What the processing use case reads, for the processor and the retrier: prisons, domain topic, dry run. */
export const processingShape = {
  ...interestedPrisonsShape,
  HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN: text('an SNS topic ARN').prefault(
    'arn:aws:sns:eu-west-2:000000000000:domain_events',
  ),
  PRISONTOPROBATION_DRY_RUN: boolean().prefault('false'),
};

/** Fills `OAUTH_ISSUER` from `OAUTH_ENDPOINT_URL` when unset, the way HMPPS Auth names itself. */
export function deriveOauthIssuer<T extends { OAUTH_ENDPOINT_URL: string; OAUTH_ISSUER?: string }>(
  config: T,
): T & { OAUTH_ISSUER: string } {
  return { ...config, OAUTH_ISSUER: config.OAUTH_ISSUER ?? `${config.OAUTH_ENDPOINT_URL}/issuer` };
}
