import { randomUUID } from 'node:crypto';
import { reportingDeleteBy, type HandledEventType, type MessageRow } from '@ptpu/domain';
import {
  createDomainEventProbe,
  eventually,
  localAwsClients,
  localEndpoints,
  LOCAL_CREDENTIALS,
  LOCAL_REGION,
  type DomainEventProbe,
} from '@ptpu/local-stack';
import { createLogger, type LogLevel } from '@ptpu/platform';
import {
  DEFAULT_WORLD_PATH,
  readWorldFile,
  startSandbox,
  type RecordedRequest,
  type Sandbox,
  upstreamEnvOf,
} from '@ptpu/sandbox';
import { DynamoMessageRepository } from '@ptpu/store';
import { createTestTables, type TestTables } from '@ptpu/store/testing';
import { loadProcessorConfig } from '../../src/config';
import { startProcessor, type RunningProcessor } from '../../src/processor';

export interface ProcessorStackOptions {
  /** Part of every table, topic and queue name, so a failing suite's leftovers are easy to place. */
  label: string;
  /** Overrides of the processor's environment. */
  env?: Record<string, string>;
  /** Default true; suites that drive cycles or workers themselves pass false. */
  startLoop?: boolean;
}

const SYSTEM_CLOCK = { now: () => new Date() };

/**
 * How long a test waits for the processing loop to end a row: longer than `eventually`'s default, since a new
 * row waits for the next cycle.
 */
export const PROCESSING_WAIT_MS = 15_000;

/**
 * A processor wired to the suite's own tables and domain topic (on the shared emulators) and to its own
 * sandbox, with no hold-back and a short delay, so a stored row is worked within moments.
 */
export async function startProcessorStack(options: ProcessorStackOptions) {
  const aws = localAwsClients();
  const tables: TestTables = await createTestTables(aws.dynamodb, options.label);
  const domainEvents: DomainEventProbe = await createDomainEventProbe(aws.sns, aws.sqs, options.label);
  const world = await readWorldFile(DEFAULT_WORLD_PATH);
  const sandbox: Sandbox = await startSandbox({ world });
  const endpoints = localEndpoints();
  const env: Record<string, string> = {
    PORT: '0',
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_SNS: endpoints.sqsSns,
    DYNAMODB_TABLENAME: tables.messageTable,
    DYNAMODB_SCHEDULE_TABLENAME: tables.scheduleTable,
    HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN: domainEvents.topicArn,
    ...upstreamEnvOf(sandbox),
    PRISONTOPROBATION_HOLD_BACK_DURATION: '0m',
    PRISONTOPROBATION_MESSAGE_PROCESSOR_DELAY: '50',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...options.env,
  };
  const config = loadProcessorConfig(env);
  const startOne = () =>
    startProcessor(config, createLogger({ name: 'processor', level: config.LOG_LEVEL as LogLevel }), {
      startLoop: options.startLoop,
    });
  const processors: RunningProcessor[] = [await startOne()];
  const repository = new DynamoMessageRepository({ client: aws.dynamodb, ...tables, clock: SYSTEM_CLOCK });

  const stack = {
    aws,
    tables,
    sandbox,
    world,
    domainEvents,
    env,
    repository,
    processor: processors[0],
    /** Another processor on the same tables, topic and sandbox (another pod). */
    async startAnother(): Promise<RunningProcessor> {
      const another = await startOne();
      processors.push(another);
      return another;
    },
    /**
     * Stores a row as the validator does (VALIDATED, retryCount 0, the inner event verbatim, created now), or as
     * an earlier attempt left it when `as` says so.
     */
    async storeEvent(
      eventType: HandledEventType,
      message: string,
      as: Partial<
        Pick<MessageRow, 'createdDate' | 'retryCount' | 'status' | 'receivedAs' | 'bookingId'>
      > = {},
    ): Promise<string> {
      const created = new Date(as.createdDate ?? Date.now());
      const row: MessageRow = {
        id: randomUUID(),
        bookingId: JSON.parse(message).bookingId,
        eventType,
        message,
        createdDate: created.toISOString(),
        retryCount: 0,
        deleteBy: reportingDeleteBy(created),
        status: 'VALIDATED',
        ...as,
      };
      await repository.storeIfAbsent(row);
      return row.id;
    },
    async row(id: string): Promise<MessageRow> {
      const row = await repository.getRow(id);
      if (!row) throw new Error(`row ${id} not found`);
      return row;
    },
    /** The row once the processing loop has ended it (done). */
    processed(id: string): Promise<MessageRow> {
      return eventually(async () => {
        const row = await stack.row(id);
        expect(row.processedDate).toBeDefined();
        return row;
      }, PROCESSING_WAIT_MS);
    },
    /** The Delius writes the sandbox received (PUT and POST to community-api), oldest first. */
    deliusWrites(): RecordedRequest[] {
      return sandbox.admin
        .requests({ upstream: 'communityApi' })
        .filter((request) => request.method === 'PUT' || request.method === 'POST');
    },
    async close(): Promise<void> {
      await Promise.all(processors.map((processor) => processor.stop()));
      await sandbox.close();
      await tables.drop();
      aws.destroy();
    },
  };
  return stack;
}

export type ProcessorStack = Awaited<ReturnType<typeof startProcessorStack>>;
