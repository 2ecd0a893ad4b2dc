import { APP_PORTS, type AppName } from '@ptpu/local-stack';

export { APP_PORTS, type AppName };

/** The four deployable apps, in pipeline order. */
export const APPS = Object.keys(APP_PORTS) as AppName[];

/**
 * Where a variable's value comes from in Kubernetes: the chart's values, a key of a Kubernetes secret, or the
 * image itself (build identity is fixed when the image is built, so a deployment cannot misreport it).
 */
export type Delivery = 'value' | 'secret' | 'image';

export type EnvironmentContract = Readonly<Record<string, Delivery>>;

/** Variables every app reads (docs/architecture.md, Configuration). */
const EVERY_APP: EnvironmentContract = {
  PORT: 'value',
  AWS_REGION: 'value',
  DYNAMODB_TABLENAME: 'secret',
  DYNAMODB_SCHEDULE_TABLENAME: 'secret',
  LOG_LEVEL: 'value',
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'secret',
  BUILD_NUMBER: 'image',
  GIT_REF: 'image',
  GIT_BRANCH: 'image',
  PRODUCT_ID: 'value',
  // Read by Node itself rather than the app: the heap caps the benchmarks measured
  // (docs/architecture.md, Configuration).
  NODE_OPTIONS: 'value',
};

/** Outbound calls to prison-api, offender-search and community-api with an HMPPS Auth client token. */
const CALLS_UPSTREAMS: EnvironmentContract = {
  PRISON_ENDPOINT_URL: 'value',
  OFFENDER_SEARCH_ENDPOINT_URL: 'value',
  COMMUNITY_ENDPOINT_URL: 'value',
  OAUTH_ENDPOINT_URL: 'value',
  OAUTH_CLIENT_ID: 'secret',
  OAUTH_CLIENT_SECRET: 'secret',
  PRISONTOPROBATION_ONLY_PRISONS: 'value',
  PTPU_HTTP_TIMEOUT: 'value',
};

/** Inbound JWTs verified against HMPPS Auth's JWKS. */
const VERIFIES_TOKENS: EnvironmentContract = {
  OAUTH_ENDPOINT_URL: 'value',
  OAUTH_ISSUER: 'value',
};

/** The processor and the retrier work the message table under locks and publish domain events. */
const WORKS_ROWS: EnvironmentContract = {
  HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN: 'secret',
  PRISONTOPROBATION_DRY_RUN: 'value',
  PTPU_PROCESSING_CONCURRENCY: 'value',
  PTPU_PAGE_SIZE: 'value',
  PTPU_LOCK_LEASE: 'value',
};

/**
 * The configuration contract (docs/architecture.md, Configuration), per app: every variable the app reads in
 * AWS. The charts must set each of them and no other `PTPU_*` variable (an app warns of one it does not read).
 * Each app's own config spec holds its schema to this list (`variablesReadBy`), so the contract, the docs
 * and the code cannot drift apart.
 */
export const APP_ENVIRONMENT: Readonly<Record<AppName, EnvironmentContract>> = {
  validator: {
    ...EVERY_APP,
    ...CALLS_UPSTREAMS,
    ...VERIFIES_TOKENS,
    HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_QUEUE_NAME: 'secret',
    HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_DLQ_NAME: 'secret',
    PTPU_CONSUMER_CONCURRENCY: 'value',
    PTPU_ERROR_VISIBILITY: 'value',
    PTPU_DLQ_MAX_REDRIVES: 'value',
    PTPU_MANAGEMENT_PORT: 'value',
  },
  processor: {
    ...EVERY_APP,
    ...CALLS_UPSTREAMS,
    ...WORKS_ROWS,
    PRISONTOPROBATION_HOLD_BACK_DURATION: 'value',
    PRISONTOPROBATION_MESSAGE_PROCESSOR_DELAY: 'value',
  },
  retrier: {
    ...EVERY_APP,
    ...CALLS_UPSTREAMS,
    ...VERIFIES_TOKENS,
    ...WORKS_ROWS,
    RETRY_SCHEDULES_SHORT_CRON: 'value',
    RETRY_SCHEDULES_MEDIUM_CRON: 'value',
    RETRY_SCHEDULES_LONG_CRON: 'value',
  },
  reports: {
    ...EVERY_APP,
    ...VERIFIES_TOKENS,
  },
};

/**
 * Variables for the emulators only. In AWS the SDK finds the real endpoints, and IRSA supplies credentials:
 * a chart that set any of these would point production at nothing, or at long-lived keys.
 */
export const LOCAL_ONLY_VARIABLES = [
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_SQS',
  'AWS_ENDPOINT_URL_SNS',
  'AWS_ENDPOINT_URL_DYNAMODB',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'PROVISION_LOCAL_RESOURCES',
] as const;

/** The names of `app`'s contract delivered in the given ways. */
export function variablesOf(app: AppName, ...deliveries: Delivery[]): string[] {
  return Object.entries(APP_ENVIRONMENT[app])
    .filter(([, delivery]) => deliveries.includes(delivery))
    .map(([name]) => name);
}

/**
 * Every variable `app`'s configuration schema reads: its contract, less what Node reads itself, plus the
 * variables only the local stack sets.
 */
export function variablesReadBy(app: AppName): string[] {
  const contract = Object.keys(APP_ENVIRONMENT[app]).filter((name) => name !== 'NODE_OPTIONS');
  return [...contract, ...LOCAL_ONLY_VARIABLES].sort();
}

/** The variables other apps read and `app` does not: what `app` meets in an environment the apps share. */
export function variablesOnlyOthersRead(app: AppName): string[] {
  const own = new Set(variablesReadBy(app));
  return [...new Set(APPS.flatMap(variablesReadBy))].filter((name) => !own.has(name)).sort();
}
