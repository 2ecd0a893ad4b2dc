import { variablesOf, type AppName } from '../contract/app-environment';
import { PATTERNS, flag, integer, oneOf, text, type JsonSchema } from './json-schema-builders';

/** Where a value-delivered variable's value sits in an app chart's values, and what it may be. */
export interface ValuePath {
  /** Dotted path under `.Values`, e.g. `config.holdBack`. */
  path: string;
  schema: JsonSchema;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * One entry per value-delivered variable of the contract (docs/architecture.md, Configuration). The chart templates
 * render `- name: <VARIABLE>` with `.Values.<path>`, and the values schema is built from the same table, so a
 * variable cannot be documented, validated and rendered under three different names.
 */
export const VALUE_PATHS: Readonly<Record<string, ValuePath>> = {
  PORT: { path: 'port', schema: integer('Port the app listens on (non-root, so above 1023)', 1024, 65535) },
  AWS_REGION: {
    path: 'aws.region',
    schema: text('AWS region of the queues, topic and tables', PATTERNS.awsRegion),
  },
  LOG_LEVEL: { path: 'config.logLevel', schema: oneOf('Log level', LOG_LEVELS) },
  NODE_OPTIONS: {
    path: 'nodeOptions',
    schema: text('Node flags of the app process: heap caps keep V8 near the live heap (npm run bench)'),
  },
  PRODUCT_ID: {
    path: 'productId',
    schema: text(
      "The HMPPS service catalogue's product id, shown on /info; empty until one is assigned",
      '^([A-Z]+[0-9]+)?$',
    ),
  },
  PRISON_ENDPOINT_URL: { path: 'upstreams.prisonApi', schema: text('prison-api base URL', PATTERNS.baseUrl) },
  OFFENDER_SEARCH_ENDPOINT_URL: {
    path: 'upstreams.offenderSearch',
    schema: text('probation-offender-search base URL', PATTERNS.baseUrl),
  },
  COMMUNITY_ENDPOINT_URL: {
    path: 'upstreams.communityApi',
    schema: text('community-api base URL', PATTERNS.baseUrl),
  },
  OAUTH_ENDPOINT_URL: {
    path: 'auth.url',
    schema: text('HMPPS Auth base URL, including /auth', PATTERNS.baseUrl),
  },
  OAUTH_ISSUER: {
    path: 'auth.issuer',
    schema: text("HMPPS Auth's token issuer; empty means '<auth.url>/issuer'", `(${PATTERNS.url})|^$`),
  },
  PRISONTOPROBATION_ONLY_PRISONS: {
    path: 'config.interestedPrisons',
    schema: text('Comma-separated prison codes to work on; empty means all prisons', PATTERNS.prisons),
  },
  PTPU_HTTP_TIMEOUT: {
    path: 'config.httpTimeout',
    schema: text('Timeout of one upstream call', PATTERNS.duration),
  },
  PTPU_CONSUMER_CONCURRENCY: {
    path: 'config.consumerConcurrency',
    schema: integer('SQS messages handled at once per pod', 1, 100),
  },
  PTPU_ERROR_VISIBILITY: {
    path: 'config.errorVisibility',
    schema: text('Visibility back-off after a transient failure, by receive count', PATTERNS.durationList),
  },
  PTPU_DLQ_MAX_REDRIVES: {
    path: 'config.dlqMaxRedrives',
    schema: integer('Redrives before a DLQ message is parked for an operator', 1, 1000),
  },
  PTPU_MANAGEMENT_PORT: {
    path: 'managementPort',
    schema: integer(
      'In-cluster port of the housekeeping endpoints; the Service exposes it, no ingress routes it',
      1024,
      65535,
    ),
  },
  PRISONTOPROBATION_DRY_RUN: {
    path: 'config.dryRun',
    schema: flag('Record intended Delius writes instead of making them'),
  },
  PTPU_PROCESSING_CONCURRENCY: {
    path: 'config.processingConcurrency',
    schema: integer('Bookings worked at once per run', 1, 64),
  },
  PTPU_PAGE_SIZE: { path: 'config.pageSize', schema: integer('Rows read per DynamoDB query page', 1, 1000) },
  PTPU_LOCK_LEASE: {
    path: 'config.lockLease',
    schema: text('Lease of job locks and booking claims', PATTERNS.duration),
  },
  PRISONTOPROBATION_HOLD_BACK_DURATION: {
    path: 'config.holdBack',
    schema: text("How long a new row waits so a booking's events are processed together", PATTERNS.duration),
  },
  PRISONTOPROBATION_MESSAGE_PROCESSOR_DELAY: {
    path: 'config.processorDelayMs',
    schema: integer('Pause after each processing cycle, in milliseconds', 0, 3_600_000),
  },
  RETRY_SCHEDULES_SHORT_CRON: {
    path: 'config.retryShortCron',
    schema: text('Short retry tier (retryCount 1-4), 6-field cron, London time', PATTERNS.cron6),
  },
  RETRY_SCHEDULES_MEDIUM_CRON: {
    path: 'config.retryMediumCron',
    schema: text('Medium retry tier (retryCount 5-10), 6-field cron, London time', PATTERNS.cron6),
  },
  RETRY_SCHEDULES_LONG_CRON: {
    path: 'config.retryLongCron',
    schema: text('Long retry tier (retryCount 11+), 6-field cron, London time', PATTERNS.cron6),
  },
};

/** The value paths of one app's value-delivered variables, keyed by variable. */
export function valuePathsOf(app: AppName): Record<string, ValuePath> {
  return Object.fromEntries(
    variablesOf(app, 'value').map((variable) => {
      const entry = VALUE_PATHS[variable];
      if (!entry) throw new Error(`no values path for ${variable}: add it to VALUE_PATHS`);
      return [variable, entry];
    }),
  );
}
