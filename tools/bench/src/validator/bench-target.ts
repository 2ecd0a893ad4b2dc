import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { ScanCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  localAppEnv,
  provisionMessaging,
  uniqueName,
  type EmulatorEndpoints,
  type LocalAwsClients,
} from '@ptpu/local-stack';
import { upstreamEnvOf, type Sandbox } from '@ptpu/sandbox';
import { createTestTables, type TestTables } from '@ptpu/store/testing';

/** One run's own queue, DLQ and tables, and the validator environment that points at them and the sandbox. */
export interface BenchTarget {
  queueUrl: string;
  tables: TestTables;
  env: Record<string, string>;
  /** Messages still on the queue, waiting or being handled. */
  remaining(): Promise<number>;
  /** Rows in the message table (a Scan: fine for a benchmark, never in the service). */
  rows(): Promise<number>;
}

export async function createBenchTarget(
  label: string,
  aws: LocalAwsClients,
  endpoints: EmulatorEndpoints,
  sandbox: Sandbox,
): Promise<BenchTarget> {
  const names = {
    offenderEventsTopic: uniqueName(`bench-offender-events-${label}`),
    queue: uniqueName(`bench-events-${label}`),
    dlq: uniqueName(`bench-events-dlq-${label}`),
    domainEventsTopic: uniqueName(`bench-domain-events-${label}`),
  };
  const messaging = await provisionMessaging(aws.sqs, aws.sns, names);
  const tables = await createTestTables(aws.dynamodb, `bench-${label}`);
  const env = localAppEnv(endpoints, { ...messaging, queueName: names.queue, dlqName: names.dlq }, tables, {
    ...upstreamEnvOf(sandbox),
  });
  return {
    queueUrl: messaging.queueUrl,
    tables,
    env,
    remaining: () => remainingOn(aws.sqs, messaging.queueUrl),
    rows: () => countRows(aws.dynamodb, tables.messageTable),
  };
}

async function remainingOn(sqs: SQSClient, QueueUrl: string): Promise<number> {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(Attributes.ApproximateNumberOfMessages) + Number(Attributes.ApproximateNumberOfMessagesNotVisible)
  );
}

async function countRows(dynamodb: DynamoDBClient, TableName: string): Promise<number> {
  let count = 0;
  let ExclusiveStartKey: Record<string, never> | undefined;
  do {
    const page = await dynamodb.send(new ScanCommand({ TableName, Select: 'COUNT', ExclusiveStartKey }));
    count += page.Count ?? 0;
    ExclusiveStartKey = page.LastEvaluatedKey as typeof ExclusiveStartKey;
  } while (ExclusiveStartKey);
  return count;
}
