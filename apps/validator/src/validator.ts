import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  createUpstreamCallMetrics,
  upstreamClientsFromConfig,
  upstreamHealthComponents,
} from '@ptpu/clients';
import {
  BackgroundJobs,
  appInfo,
  awsClientConfig,
  createBaseApp,
  createJwtVerifier,
  createMetricsRegistry,
  createOpsApp,
  createTelemetry,
  podName,
  startHttpServer,
  type Logger,
  type ShutdownHook,
} from '@ptpu/platform';
import { EventConsumer, housekeepingRouter, openQueuePair, queueAdminRouter } from '@ptpu/queues';
import { createTables, dynamoTableHealth, DynamoMessageRepository } from '@ptpu/store';
import type { ValidatorConfig } from './config';
import { describeEventMessage, prisonEventHandler } from './consumer/prison-event-handler';
import { createValidatorMetrics } from './metrics';

export type RunningValidator = Awaited<ReturnType<typeof startValidator>>;

// Within Kubernetes' default 30 s grace period, after the HTTP server's share.
const CONSUMER_STOP_LIMIT_MS = 25_000;

export async function startValidator(config: ValidatorConfig, logger: Logger) {
  const clock = { now: () => new Date() };
  const dynamodb = new DynamoDBClient(awsClientConfig(config, 'DYNAMODB'));
  const tables = {
    messageTable: config.DYNAMODB_TABLENAME,
    scheduleTable: config.DYNAMODB_SCHEDULE_TABLENAME,
  };
  if (config.PROVISION_LOCAL_RESOURCES) await createTables(dynamodb, tables);
  const registry = createMetricsRegistry();
  const upstreams = upstreamClientsFromConfig(config, clock, podName(), createUpstreamCallMetrics(registry));
  const { sqs, queues, settings, health, deadLetters } = await openQueuePair(config, logger, {
    queueId: 'prisoneventqueue',
    queueName: config.HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_QUEUE_NAME,
    dlqName: config.HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_DLQ_NAME,
  });
  const metrics = createValidatorMetrics(registry);

  const consumer = new EventConsumer({
    name: 'prison event',
    sqs,
    queues,
    settings,
    concurrency: config.PTPU_CONSUMER_CONCURRENCY,
    errorVisibilityMs: config.PTPU_ERROR_VISIBILITY,
    handler: prisonEventHandler({
      prisonApi: upstreams.prisonApi,
      rows: new DynamoMessageRepository({ client: dynamodb, ...tables, clock }),
      deadLetters,
      clock,
      interestedPrisons: config.PRISONTOPROBATION_ONLY_PRISONS,
    }),
    metrics,
    logger,
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
      health,
      dynamoTableHealth({ name: 'messageTable', client: dynamodb, tableName: tables.messageTable }),
      // The validator calls prison-api only (and HMPPS Auth for its token).
      ...upstreamHealthComponents(upstreams.health, ['prisonApi', 'hmppsAuth']),
    ],
    registry,
    sqs,
    queues: [{ ...queues, describe: describeEventMessage }],
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

  const app = createOpsApp(appDeps);
  const queueAdmin = queueAdminRouter(appDeps);
  app.use(queueAdmin.routes()).use(queueAdmin.allowedMethods());
  // The management port: only the unauthenticated housekeeping redrive, for callers inside the cluster.
  const management = createBaseApp(appDeps);
  const housekeeping = housekeepingRouter(appDeps);
  management.use(housekeeping.routes()).use(housekeeping.allowedMethods());
  const server = await startHttpServer(app, config.PORT, logger);
  const managementServer = await startHttpServer(management, config.PTPU_MANAGEMENT_PORT, logger);
  consumer.start();
  // onShutdown runs hooks last-first: the consumer settles what it holds while queue-admin still answers.
  const shutdownHooks: ShutdownHook[] = [
    { name: 'telemetry', run: () => telemetry.close() },
    { name: 'http server', run: () => server.close() },
    { name: 'management http server', run: () => managementServer.close() },
    { name: 'background jobs', run: () => jobs.stop() },
    { name: 'prison event consumer', run: () => consumer.stop(), timeoutMs: CONSUMER_STOP_LIMIT_MS },
  ];
  return {
    url: server.url,
    managementUrl: managementServer.url,
    shutdownHooks,
    /** Runs the shutdown hooks and releases the SDK clients (tests). */
    async stop() {
      for (const hook of [...shutdownHooks].reverse()) await hook.run();
      sqs.destroy();
      dynamodb.destroy();
    },
  };
}
