import { variablesOf, type AppName } from '../contract/app-environment';

/**
 * The key under `secrets:` in an app chart's values that names the Kubernetes secret (and key in it) of each
 * secret-delivered variable. Cloud Platform writes the AWS resources' names into secrets when it creates them,
 * so the same chart deploys unchanged to every namespace.
 */
export const SECRET_VALUE_KEYS: Readonly<Record<string, string>> = {
  OAUTH_CLIENT_ID: 'clientId',
  OAUTH_CLIENT_SECRET: 'clientSecret',
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'applicationInsights',
  DYNAMODB_TABLENAME: 'messageTable',
  DYNAMODB_SCHEDULE_TABLENAME: 'scheduleTable',
  HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_QUEUE_NAME: 'eventQueue',
  HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_DLQ_NAME: 'eventDlq',
  HMPPS_SQS_QUEUES_PROBATIONEVENTQUEUE_QUEUE_NAME: 'probationEventQueue',
  HMPPS_SQS_QUEUES_PROBATIONEVENTQUEUE_DLQ_NAME: 'probationEventDlq',
  HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN: 'domainEventsTopic',
};

/** The `secrets:` keys an app's chart needs, in contract order. */
export function secretValueKeysOf(app: AppName): string[] {
  return variablesOf(app, 'secret').map((variable) => {
    const key = SECRET_VALUE_KEYS[variable];
    if (!key) throw new Error(`no secrets: key for ${variable}: add it to SECRET_VALUE_KEYS`);
    return key;
  });
}
