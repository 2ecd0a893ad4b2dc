import { hostname } from 'node:os';
import { upstreamClientsFromConfig, upstreamHealthComponents } from '@ptpu/clients';
import type { Clock } from '@ptpu/domain';
import {
  appInfo,
  createMetricsRegistry,
  createProcessingMetrics,
  createTelemetry,
  dynamoTableHealth,
  snsTopicHealth,
  startHttpServer,
  type Logger,
  type ShutdownHook,
} from '@ptpu/platform';
import {
  atBoundary,
  createTables,
  DynamoLocks,
  DynamoMessageRepository,
  newLockOwner,
  SnsDomainEventPublisher,
} from '@ptpu/store';
import { createApp } from './app';
import { createAwsClients } from './aws-clients';
import type { ProcessorConfig } from './config';
import { bookingWorker, type BookingWorker } from './loop/booking-worker';
import { ProcessingLoop } from './loop/processing-loop';

export interface RunningProcessor {
  /** Where the ops endpoints listen. */
  url: string;
  loop: ProcessingLoop;
  /** Claims and works one booking, as each cycle does for every due booking. */
  worker: BookingWorker;
  /** Who this instance is in the schedule table's `lockedBy`. */
  owner: string;
  /** Stop the loop (finishing the bookings started), then the HTTP server; for `onShutdown`. */
  shutdownHooks: ShutdownHook[];
  /** Runs the shutdown hooks in order and releases the SDK clients (tests). */
  stop(): Promise<void>;
}

export interface StartProcessorOptions {
  clock?: Clock;
  /** Default true; tests that drive cycles themselves (`loop.runOnce()`) pass false. */
  startLoop?: boolean;
}

const SYSTEM_CLOCK: Clock = { now: () => new Date() };
// Within Kubernetes' default 30 s grace period, after the HTTP server's share.
const LOOP_STOP_LIMIT_MS = 25_000;

/** Builds the processor's adapters from its config, then starts its HTTP server and its processing loop. */
export async function startProcessor(
  config: ProcessorConfig,
  logger: Logger,
  options: StartProcessorOptions = {},
): Promise<RunningProcessor> {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const aws = createAwsClients(config);
  const tables = {
    messageTable: config.DYNAMODB_TABLENAME,
    scheduleTable: config.DYNAMODB_SCHEDULE_TABLENAME,
  };
  if (config.PROVISION_LOCAL_RESOURCES) await createTables(aws.dynamodb, tables);
  const upstreams = upstreamClientsFromConfig(config, clock);
  const rows = new DynamoMessageRepository({
    client: aws.dynamodb,
    ...tables,
    clock,
    pageSize: config.PTPU_PAGE_SIZE,
  });
  const owner = newLockOwner(hostname());
  const locks = new DynamoLocks({
    client: aws.dynamodb,
    tableName: tables.scheduleTable,
    clock,
    owner,
    leaseMs: config.PTPU_LOCK_LEASE,
    onLeaseProblem: (problem) =>
      logger.warn({ err: problem.error, lockId: problem.lockId }, `lease ${problem.kind}`),
  });
  const registry = createMetricsRegistry();
  const worker = bookingWorker({
    claims: locks,
    processing: {
      work: rows,
      prisonApi: upstreams.prisonApi,
      offenderSearch: upstreams.offenderSearch,
      communityApi: upstreams.communityApi,
      domainEvents: new SnsDomainEventPublisher({
        client: aws.sns,
        topicArn: config.HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN,
      }),
      telemetry: createTelemetry({ logger, connectionString: config.APPLICATIONINSIGHTS_CONNECTION_STRING }),
      clock,
      settings: {
        interestedPrisons: config.PRISONTOPROBATION_ONLY_PRISONS,
        dryRun: config.PRISONTOPROBATION_DRY_RUN,
      },
    },
    metrics: createProcessingMetrics(registry),
    logger,
  });
  const loop = new ProcessingLoop({
    locks,
    rows,
    worker,
    clock,
    logger,
    holdBackMs: config.PRISONTOPROBATION_HOLD_BACK_DURATION,
    concurrency: config.PTPU_PROCESSING_CONCURRENCY,
    delayMs: config.PRISONTOPROBATION_MESSAGE_PROCESSOR_DELAY,
  });
  const app = createApp({
    info: appInfo('processor', config),
    health: [
      dynamoTableHealth({
        name: 'messageTable',
        client: aws.dynamodb,
        tableName: tables.messageTable,
        atBoundary,
      }),
      dynamoTableHealth({
        name: 'scheduleTable',
        client: aws.dynamodb,
        tableName: tables.scheduleTable,
        atBoundary,
      }),
      snsTopicHealth({
        name: 'domaineventtopic-health',
        client: aws.sns,
        topicArn: config.HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN,
        atBoundary,
      }),
      ...upstreamHealthComponents(upstreams.health),
    ],
    registry,
    logger,
  });

  const server = await startHttpServer(app, config.PORT, logger);
  if (options.startLoop ?? true) loop.start();
  // onShutdown runs hooks last-first: the loop finishes its bookings while /health still answers.
  const shutdownHooks: ShutdownHook[] = [
    { name: 'http server', run: () => server.close() },
    { name: 'processing loop', run: () => loop.stop(), timeoutMs: LOOP_STOP_LIMIT_MS },
  ];
  return {
    url: server.url,
    loop,
    worker,
    owner,
    shutdownHooks,
    async stop() {
      for (const hook of [...shutdownHooks].reverse()) await hook.run();
      aws.destroy();
    },
  };
}
