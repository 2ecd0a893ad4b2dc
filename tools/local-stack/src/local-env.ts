import { LOCAL_CREDENTIALS, LOCAL_REGION, type EmulatorEndpoints } from './endpoints';
import type { ProvisionedMessaging } from './messaging';

/** The sandbox's fixed local ports (docs/architecture.md, Local stack). */
export const SANDBOX_PORTS = {
  auth: 8090,
  prisonApi: 8093,
  communityApi: 8096,
  offenderSearch: 8097,
} as const;

/** The apps' local ports (docs/architecture.md, Configuration). */
export const APP_PORTS = { validator: 8081, processor: 8082, retrier: 8083, reports: 8084 } as const;
export type AppName = keyof typeof APP_PORTS;

/** The sandbox's local client credentials (tools/sandbox/README.md). */
export const LOCAL_CLIENT = { id: 'prison-to-probation-update-client', secret: 'clientsecret' } as const;

/**
 * The environment every app gets locally: the configuration contract (docs/architecture.md, Configuration)
 * pointed at the emulators and the sandbox. Apps ignore the keys they do not use.
 */
export function localAppEnv(
  endpoints: EmulatorEndpoints,
  messaging: ProvisionedMessaging & {
    queueName: string;
    dlqName: string;
    probationQueueName?: string;
    probationDlqName?: string;
  },
  tables: { messageTable: string; scheduleTable: string },
  overrides: Record<string, string> = {},
): Record<string, string> {
  const host = 'http://127.0.0.1';
  return {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_SQS: endpoints.sqsSns,
    AWS_ENDPOINT_URL_SNS: endpoints.sqsSns,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    DYNAMODB_TABLENAME: tables.messageTable,
    DYNAMODB_SCHEDULE_TABLENAME: tables.scheduleTable,
    HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_QUEUE_NAME: messaging.queueName,
    HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_DLQ_NAME: messaging.dlqName,
    HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN: messaging.domainEventsTopicArn,
    ...(messaging.probationQueueName && {
      HMPPS_SQS_QUEUES_PROBATIONEVENTQUEUE_QUEUE_NAME: messaging.probationQueueName,
    }),
    ...(messaging.probationDlqName && {
      HMPPS_SQS_QUEUES_PROBATIONEVENTQUEUE_DLQ_NAME: messaging.probationDlqName,
    }),
    PRISON_ENDPOINT_URL: `${host}:${SANDBOX_PORTS.prisonApi}`,
    OFFENDER_SEARCH_ENDPOINT_URL: `${host}:${SANDBOX_PORTS.offenderSearch}`,
    COMMUNITY_ENDPOINT_URL: `${host}:${SANDBOX_PORTS.communityApi}`,
    OAUTH_ENDPOINT_URL: `${host}:${SANDBOX_PORTS.auth}/auth`,
    OAUTH_CLIENT_ID: LOCAL_CLIENT.id,
    OAUTH_CLIENT_SECRET: LOCAL_CLIENT.secret,
    ...overrides,
  };
}
