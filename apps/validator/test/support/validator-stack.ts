import {
  SendMessageCommand,
  SetQueueAttributesCommand,
  type MessageAttributeValue,
} from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { buildSqsBody, type SnsEnvelopeOptions } from '@ptpu/domain/testing';
import {
  eventually,
  localAppEnv,
  localAwsClients,
  localEndpoints,
  provisionMessaging,
  uniqueName,
  type LocalAwsClients,
  type ProvisionedMessaging,
} from '@ptpu/local-stack';
import type { Logger } from '@ptpu/platform';
import { createCapturingLogger } from '@ptpu/platform/testing';
import { startSandbox, type Sandbox, type WorldInput, upstreamEnvOf } from '@ptpu/sandbox';
import { createTestTables, type TestTables } from '@ptpu/store/testing';
import { loadValidatorConfig, type ValidatorConfig } from '../../src/config';
import { startValidator, type RunningValidator } from '../../src/validator';
import { queueCounts, type QueueCounts } from './queue-probe';
import { INTERESTED_PRISONS, VALIDATOR_WORLD } from './validator-world';

export interface ValidatorStackOptions {
  /** Names this suite's queues and tables. */
  label: string;
  world?: WorldInput;
  /** Environment on top of the local defaults (docs/architecture.md, Configuration). */
  env?: Record<string, string>;
  /** The queue's redrive policy. @defaultValue 3 */
  maxReceiveCount?: number;
  /** The queue's visibility timeout. @defaultValue 30 */
  visibilityTimeoutSeconds?: number;
  /** Start the validator in this process. @defaultValue true */
  start?: boolean;
}

/** One suite's own sandbox, topic, queue, DLQ and tables, and (unless asked not to) a validator over them. */
export interface ValidatorStack {
  sandbox: Sandbox;
  aws: LocalAwsClients;
  messaging: ProvisionedMessaging & { queueName: string; dlqName: string };
  tables: TestTables;
  /** The validator's environment, e.g. for a child process. */
  env: Record<string, string>;
  config: ValidatorConfig;
  /** Set while a validator runs in this process. */
  validator?: RunningValidator;
  /** Every line the in-process validator logged, parsed. */
  logs: Record<string, unknown>[];
  startValidator(): Promise<RunningValidator>;
  stopValidator(): Promise<void>;
  /** Sends an SNS notification envelope straight to the queue; resolves to its SNS MessageId. */
  sendEvent(
    options?: SnsEnvelopeOptions,
    attributes?: Record<string, MessageAttributeValue>,
  ): Promise<string>;
  /** Sends any body straight to the queue (poison). */
  sendBody(body: string, attributes?: Record<string, MessageAttributeValue>): Promise<void>;
  /** The raw message-table item (index attributes included), read consistently. */
  item(id: string): Promise<Record<string, unknown> | undefined>;
  /** Waits for the item to be stored, then returns it. */
  storedItem(id: string): Promise<Record<string, unknown>>;
  /** The in-process validator's base URL; fails when none is running. */
  url(): string;
  /** The in-process validator's management port (in-cluster housekeeping); fails when none is running. */
  managementUrl(): string;
  counts(): Promise<QueueCounts>;
  removeRedrivePolicy(): Promise<void>;
  close(): Promise<void>;
}

export async function startValidatorStack(options: ValidatorStackOptions): Promise<ValidatorStack> {
  const aws = localAwsClients();
  const sandbox = await startSandbox({ world: options.world ?? VALIDATOR_WORLD });
  const names = {
    offenderEventsTopic: uniqueName(`offender-events-${options.label}`),
    queue: uniqueName(`ptpu-events-${options.label}`),
    dlq: uniqueName(`ptpu-events-dlq-${options.label}`),
    domainEventsTopic: uniqueName(`domain-events-${options.label}`),
  };
  const provisioned = await provisionMessaging(aws.sqs, aws.sns, names, {
    maxReceiveCount: options.maxReceiveCount ?? 3,
    visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 30,
  });
  const messaging = { ...provisioned, queueName: names.queue, dlqName: names.dlq };
  const tables = await createTestTables(aws.dynamodb, `validator-${options.label}`);
  const env = localAppEnv(localEndpoints(), messaging, tables, {
    PORT: '0',
    LOG_LEVEL: 'debug',
    ...upstreamEnvOf(sandbox),
    PRISONTOPROBATION_ONLY_PRISONS: INTERESTED_PRISONS,
    PTPU_HTTP_TIMEOUT: '2s',
    ...options.env,
  });
  const config = loadValidatorConfig(env);
  const doc = DynamoDBDocumentClient.from(aws.dynamodb);
  const { logger, lines } = createCapturingLogger({ name: 'validator' });

  const running = () => {
    if (!stack.validator) throw new Error('no validator is running in this process');
    return stack.validator;
  };
  const stack: ValidatorStack = {
    sandbox,
    aws,
    messaging,
    tables,
    env,
    config,
    logs: lines,
    async startValidator() {
      stack.validator = await startValidator(config, logger as Logger);
      return stack.validator;
    },
    async stopValidator() {
      await stack.validator?.stop();
      stack.validator = undefined;
    },
    async sendEvent(envelope = {}, attributes) {
      const body = buildSqsBody(envelope);
      await stack.sendBody(body, attributes);
      return (JSON.parse(body) as { MessageId: string }).MessageId;
    },
    async sendBody(body, attributes) {
      await aws.sqs.send(
        new SendMessageCommand({
          QueueUrl: messaging.queueUrl,
          MessageBody: body,
          MessageAttributes: attributes,
        }),
      );
    },
    async item(id) {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tables.messageTable, Key: { id }, ConsistentRead: true }),
      );
      return Item;
    },
    storedItem: (id) =>
      eventually(async () => {
        const item = await stack.item(id);
        if (!item) throw new Error(`no row ${id} yet`);
        return item;
      }),
    url: () => running().url,
    managementUrl: () => running().managementUrl,
    counts: () => queueCounts(aws.sqs, messaging),
    async removeRedrivePolicy() {
      await aws.sqs.send(
        new SetQueueAttributesCommand({ QueueUrl: messaging.queueUrl, Attributes: { RedrivePolicy: '' } }),
      );
    },
    async close() {
      await stack.stopValidator();
      await sandbox.close();
      await tables.drop();
      aws.destroy();
    },
  };
  if (options.start ?? true) await stack.startValidator();
  return stack;
}
