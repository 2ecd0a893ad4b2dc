import { APP_PORTS, type AppName } from '@ptpu/local-stack';
import { shapeOf } from '@ptpu/platform';
import { processorConfigSchema } from '@ptpu/processor/config';
import { reportsConfigSchema } from '@ptpu/reports/config';
import { retrierConfigSchema } from '@ptpu/retrier/config';
import { validatorConfigSchema } from '@ptpu/validator/config';

export { APP_PORTS, type AppName };

/** The four deployable apps, in pipeline order. */
export const APPS = Object.keys(APP_PORTS) as AppName[];

/**
 * Where a variable's value comes from in Kubernetes: the chart's values, a key of a Kubernetes secret, or the
 * image itself (build identity is fixed when the image is built, so a deployment cannot misreport it).
 */
export type Delivery = 'value' | 'secret' | 'image';

export type EnvironmentContract = Readonly<Record<string, Delivery>>;

/** Each app's own config schema (apps/<app>/src/config.ts): what the app reads is what its chart must set. */
const APP_SCHEMAS = {
  validator: validatorConfigSchema,
  processor: processorConfigSchema,
  retrier: retrierConfigSchema,
  reports: reportsConfigSchema,
} as const satisfies Record<AppName, unknown>;

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
const LOCAL_ONLY = new Set<string>(LOCAL_ONLY_VARIABLES);

/**
 * The variables a Kubernetes secret delivers: the AWS resources' names Cloud Platform writes there, the HMPPS
 * Auth client credentials and the Application Insights connection string. Build identity is fixed in the image;
 * every other variable is a chart value.
 */
const FROM_SECRETS = new Set([
  'DYNAMODB_TABLENAME',
  'DYNAMODB_SCHEDULE_TABLENAME',
  'APPLICATIONINSIGHTS_CONNECTION_STRING',
  'OAUTH_CLIENT_ID',
  'OAUTH_CLIENT_SECRET',
  'HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_QUEUE_NAME',
  'HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_DLQ_NAME',
  'HMPPS_SQS_QUEUES_PROBATIONEVENTQUEUE_QUEUE_NAME',
  'HMPPS_SQS_QUEUES_PROBATIONEVENTQUEUE_DLQ_NAME',
  'HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN',
]);
const FROM_IMAGE = new Set(['BUILD_NUMBER', 'GIT_REF', 'GIT_BRANCH']);

/** Every variable `app`'s config schema reads, in the schema's order: the local stack's included. */
function schemaVariables(app: AppName): string[] {
  return Object.keys(shapeOf(APP_SCHEMAS[app]));
}

/** Every variable `app`'s config schema reads, sorted. */
export function variablesReadBy(app: AppName): string[] {
  return schemaVariables(app).sort();
}

/** The variables other apps read and `app` does not: what `app` meets in an environment the apps share. */
export function variablesOnlyOthersRead(app: AppName): string[] {
  const own = new Set(variablesReadBy(app));
  return [...new Set(APPS.flatMap(variablesReadBy))].filter((name) => !own.has(name)).sort();
}

/**
 * `app`'s contract: what its schema reads in AWS (the local stack's variables left out) and `NODE_OPTIONS`,
 * which Node reads itself (the heap caps the benchmarks measured), each with how it is delivered.
 */
function contractOf(app: AppName): EnvironmentContract {
  const deployed = [...schemaVariables(app).filter((name) => !LOCAL_ONLY.has(name)), 'NODE_OPTIONS'];
  return Object.fromEntries(
    deployed.map((name) => [
      name,
      FROM_SECRETS.has(name) ? 'secret' : FROM_IMAGE.has(name) ? 'image' : 'value',
    ]),
  );
}

/**
 * The configuration contract (docs/architecture.md, Configuration), per app, derived from the app's own schema.
 * The charts must set each of its variables and no other `PTPU_*` one (an app warns of one it does not read).
 */
export const APP_ENVIRONMENT: Readonly<Record<AppName, EnvironmentContract>> = Object.fromEntries(
  APPS.map((app) => [app, contractOf(app)]),
) as Record<AppName, EnvironmentContract>;

/** The names of `app`'s contract delivered in the given ways. */
export function variablesOf(app: AppName, ...deliveries: Delivery[]): string[] {
  return Object.entries(APP_ENVIRONMENT[app])
    .filter(([, delivery]) => deliveries.includes(delivery))
    .map(([name]) => name);
}
