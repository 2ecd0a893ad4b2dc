import { hostname } from 'node:os';
import { upstreamClientsFromConfig, type UpstreamClients } from '@ptpu/clients';
import type { Clock, ProcessingDeps } from '@ptpu/domain';
import { createTelemetry, type Logger } from '@ptpu/platform';
import {
  createTables,
  DynamoDryRunRows,
  DynamoLocks,
  DynamoMessageRepository,
  DynamoPendingBacklog,
  newLockOwner,
  SnsDomainEventPublisher,
  type ActiveLock,
} from '@ptpu/store';
import { createAwsClients, type AwsClients } from './aws-clients';
import type { RetrierConfig } from './config';

/** The concrete adapters the retrier works through, built once from its config. */
export interface RetrierAdapters {
  aws: AwsClients;
  upstreams: UpstreamClients;
  repository: DynamoMessageRepository;
  /** What the processing use case works through. */
  processing: ProcessingDeps<ActiveLock>;
  dryRunRows: DynamoDryRunRows;
  /** Counts for the `ptpu_pending_messages` gauge. */
  pendingBacklog: DynamoPendingBacklog;
  /** Locks and claims under a new owner, for one job that may run alongside others (a tier, an admin request). */
  newLocks(job: string): DynamoLocks;
}

export async function createRetrierAdapters(
  config: RetrierConfig,
  logger: Logger,
  clock: Clock,
  podName = hostname(),
): Promise<RetrierAdapters> {
  const aws = createAwsClients(config);
  const tables = {
    messageTable: config.DYNAMODB_TABLENAME,
    scheduleTable: config.DYNAMODB_SCHEDULE_TABLENAME,
  };
  if (config.PROVISION_LOCAL_RESOURCES) await createTables(aws.dynamodb, tables);
  const upstreams = upstreamClientsFromConfig(config, clock);
  const repository = new DynamoMessageRepository({
    client: aws.dynamodb,
    ...tables,
    clock,
    pageSize: config.PTPU_PAGE_SIZE,
  });
  return {
    aws,
    upstreams,
    repository,
    processing: {
      prisonApi: upstreams.prisonApi,
      offenderSearch: upstreams.offenderSearch,
      communityApi: upstreams.communityApi,
      work: repository,
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
    dryRunRows: new DynamoDryRunRows({ client: aws.dynamodb, ...tables, clock }),
    pendingBacklog: new DynamoPendingBacklog({ client: aws.dynamodb, messageTable: tables.messageTable }),
    newLocks: (job) =>
      new DynamoLocks({
        client: aws.dynamodb,
        tableName: tables.scheduleTable,
        clock,
        owner: newLockOwner(`${podName}/${job}`),
        leaseMs: config.PTPU_LOCK_LEASE,
        onLeaseProblem: (problem) =>
          logger.warn({ err: problem.error, lockId: problem.lockId }, `lease ${problem.kind}`),
      }),
  };
}
