import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetTopicAttributesCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { HealthComponent } from './health';

/**
 * /health component for one of the app's own DynamoDB tables (hmpps naming: `messageTable`, `scheduleTable`):
 * UP while it is ACTIVE. It counts for readiness, since a pod that cannot reach its table can do no work. A
 * failed call is DOWN with the error (see `checkHealth`).
 */
export function dynamoTableHealth(options: {
  name: string;
  client: DynamoDBClient;
  tableName: string;
}): HealthComponent {
  const { name, client, tableName } = options;
  return {
    name,
    readiness: true,
    async check() {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      const tableStatus = Table?.TableStatus ?? 'UNKNOWN';
      // `rows` is DynamoDB's approximate item count, refreshed about every six hours.
      const details = { tableName, rows: Table?.ItemCount ?? 0, tableStatus };
      return { status: tableStatus === 'ACTIVE' ? 'UP' : 'DOWN', details };
    },
  };
}

/**
 * /health component for an SNS topic the app publishes to (hmpps-sqs's `<topicId>-health`), with its
 * subscription counts: UP when its attributes can be read. It counts for readiness: without it domain events
 * stay owed and every row that owes one is tried again later.
 */
export function snsTopicHealth(options: {
  name: string;
  client: SNSClient;
  topicArn: string;
}): HealthComponent {
  const { name, client, topicArn } = options;
  return {
    name,
    readiness: true,
    async check() {
      const { Attributes } = await client.send(new GetTopicAttributesCommand({ TopicArn: topicArn }));
      return {
        status: 'UP',
        details: {
          topicArn,
          subscriptionsConfirmed: Number(Attributes?.SubscriptionsConfirmed ?? 0),
          subscriptionsPending: Number(Attributes?.SubscriptionsPending ?? 0),
        },
      };
    },
  };
}
