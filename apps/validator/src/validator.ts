import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import {
  createUpstreamCallMetrics,
  upstreamClientsFromConfig,
  upstreamHealthComponents,
} from '@ptpu/clients';
import type { Clock } from '@ptpu/domain';
import {
  BackgroundJobs,
  appInfo,
  awsClientConfig,
  createJwtVerifier,
  createMetricsRegistry,
  createTelemetry,
  podName,
  startHttpServer,
  type Logger,
  type ShutdownHook,
} from '@ptpu/platform';
import { createTables, dynamoTableHealth, DynamoMessageRepository } from '@ptpu/store';
import { createApp, createManagementApp } from './app';
import type { ValidatorConfig } from './config';
import { EventConsumer, RECEIVE_WAIT_SECONDS } from './consumer/event-consumer';
import { createMessageSettler } from './consumer/settle-message';
import { queueHealth } from './health/queue-health';
import { createValidatorMetrics } from './metrics';
import { sqsDeadLetterQueue } from './queues/dead-letter';
import { readQueueSettings, resolveEventQueues } from './queues/event-queues';

export interface RunningValidator {
  /** Where the ops and queue-admin endpoints listen. */
  url: string;
  /** Where the housekeeping endpoint listens (`PTPU_MANAGEMENT_PORT`): inside the cluster only. */
  managementUrl: string;
  /** Stop the consumer (finishing what it received), then the HTTP server; for `onShutdown`. */
  shutdownHooks: ShutdownHook[];
  /** For tests: runs the shutdown hooks and releases the SDK clients. */
  stop(): Promise<void>;
}

const SYSTEM_CLOCK: Clock = { now: () => new Date() };
// Within Kubernetes' default 30 s grace period, after the HTTP server's share.
const CONSUMER_STOP_LIMIT_MS = 25_000;

export async function startValidator(
  config: ValidatorConfig,
  logger: Logger,
  options: { clock?: Clock } = {},
): Promise<RunningValidator> {
  const clock = options.clock ?? SYSTEM_CLOCK;
  // One client for the consumer's long polls and for sends and deletes: its attempts must outlast the poll.
  const sqs = new SQSClient(awsClientConfig(config, 'SQS', { longPollSeconds: RECEIVE_WAIT_SECONDS }));
  const dynamodb = new DynamoDBClient(awsClientConfig(config, 'DYNAMODB'));
  const tables = {
    messageTable: config.DYNAMODB_TABLENAME,
    scheduleTable: config.DYNAMODB_SCHEDULE_TABLENAME,
  };
  if (config.PROVISION_LOCAL_RESOURCES) await createTables(dynamodb, tables);
  const registry = createMetricsRegistry();
  const upstreams = upstreamClientsFromConfig(config, clock, podName(), createUpstreamCallMetrics(registry));
  const queues = await resolveEventQueues(sqs, {
    queueName: config.HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_QUEUE_NAME,
    dlqName: config.HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_DLQ_NAME,
  });
  const settings = await readQueueSettings(sqs, queues.queueUrl);
  if (settings.maxReceiveCount === undefined) {
    logger.error(
      { queueName: queues.queueName },
      'the queue has no redrive policy: failing messages are never dead-lettered',
    );
  }
  const metrics = createValidatorMetrics(registry);

  const consumer = new EventConsumer({
    sqs,
    queueUrl: queues.queueUrl,
    concurrency: config.PTPU_CONSUMER_CONCURRENCY,
    visibilityTimeoutSeconds: settings.visibilityTimeoutSeconds,
    logger,
    settle: createMessageSettler({
      sqs,
      queueUrl: queues.queueUrl,
      prisonApi: upstreams.prisonApi,
      rows: new DynamoMessageRepository({ client: dynamodb, ...tables, clock }),
      deadLetters: sqsDeadLetterQueue(sqs, queues.dlqUrl),
      clock,
      interestedPrisons: config.PRISONTOPROBATION_ONLY_PRISONS,
      errorVisibilityMs: config.PTPU_ERROR_VISIBILITY,
      maxReceiveCount: settings.maxReceiveCount,
      metrics,
      logger,
    }),
  });
  const telemetry = await createTelemetry({
    logger,
    connectionString: config.APPLICATIONINSIGHTS_CONNECTION_STRING,
    roleName: 'ptpu-validator',
  });
  const jobs = new BackgroundJobs(logger);
  const appDeps = {
    info: appInfo('validator', config),
    health: [
      queueHealth(sqs, queues),
      dynamoTableHealth({ name: 'messageTable', client: dynamodb, tableName: tables.messageTable }),
      // The validator calls prison-api only (and HMPPS Auth for its token).
      ...upstreamHealthComponents(upstreams.health, ['prisonApi', 'hmppsAuth']),
    ],
    registry,
    sqs,
    queues,
    maxRedrives: config.PTPU_DLQ_MAX_REDRIVES,
    jobs,
    verifier: createJwtVerifier({
      oauthEndpointUrl: config.OAUTH_ENDPOINT_URL,
      issuer: config.OAUTH_ISSUER,
      logger,
    }),
    metrics,
    telemetry,
    logger,
  };

  const server = await startHttpServer(createApp(appDeps), config.PORT, logger);
  const management = await startHttpServer(createManagementApp(appDeps), config.PTPU_MANAGEMENT_PORT, logger);
  consumer.start();
  // onShutdown runs hooks last-first: the consumer settles what it holds while queue-admin still answers.
  const shutdownHooks: ShutdownHook[] = [
    { name: 'telemetry', run: () => telemetry.close() },
    { name: 'http server', run: () => server.close() },
    { name: 'management http server', run: () => management.close() },
    { name: 'background jobs', run: () => jobs.stop() },
    { name: 'prison event consumer', run: () => consumer.stop(), timeoutMs: CONSUMER_STOP_LIMIT_MS },
  ];
  return {
    url: server.url,
    managementUrl: management.url,
    shutdownHooks,
    async stop() {
      for (const hook of [...shutdownHooks].reverse()) await hook.run();
      sqs.destroy();
      dynamodb.destroy();
    },
  };
}
