import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import {
  createUpstreamCallMetrics,
  upstreamClientsFromConfig,
  upstreamHealthComponents,
  type UpstreamClients,
  type UpstreamSettings,
} from '@ptpu/clients';
import type { Clock } from '@ptpu/domain';
import {
  awsClientConfig,
  createTelemetry,
  podName as podNameOfProcess,
  type AwsSettings,
  type HealthComponent,
  type Logger,
  type Telemetry,
} from '@ptpu/platform';
import type { Registry } from 'prom-client';
import {
  createLeaseMetrics,
  createTables,
  DynamoLocks,
  dynamoTableHealth,
  DynamoMessageRepository,
  newLockOwner,
  type LeaseEventRecorder,
} from '@ptpu/store';
import { SnsDomainEventPublisher, snsTopicHealth } from '@ptpu/domain-topic';
import type { ClaimableProcessingDeps } from '../work-booking';
import { checkLeaseFits } from './lease-fits';

/** The processor's and the retrier's config the adapters are built from (libs/platform's shapes). */
export interface ProcessingSettings extends AwsSettings, UpstreamSettings {
  DYNAMODB_TABLENAME: string;
  DYNAMODB_SCHEDULE_TABLENAME: string;
  PROVISION_LOCAL_RESOURCES: boolean;
  HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN: string;
  PRISONTOPROBATION_ONLY_PRISONS: readonly string[];
  PRISONTOPROBATION_DRY_RUN: boolean;
  APPLICATIONINSIGHTS_CONNECTION_STRING?: string;
  PTPU_PAGE_SIZE: number;
  PTPU_LOCK_LEASE: number;
}

/** What the processing use case runs on, wired from config the one way both apps need it. */
export interface ProcessingAdapters {
  dynamodb: DynamoDBClient;
  upstreams: UpstreamClients;
  repository: DynamoMessageRepository;
  /** What `processBooking` works through, once `workBooking` has put community-api under the claim. */
  processing: ClaimableProcessingDeps;
  /** Close it at shutdown. */
  telemetry: Telemetry;
  /** Locks under an owner of their own (`<pod>/<job>/<uuid>`): concurrent jobs never supersede each other. */
  newLocks(job: string): DynamoLocks;
  /** Counts `ptpu_lease_events_total` on the app's registry, for any other store that writes under a claim. */
  leaseEvents: LeaseEventRecorder;
  /** Named as the original's. Only AWS counts for readiness: an upstream outage just makes rows try later. */
  health: HealthComponent[];
  destroy(): void;
}

export interface ProcessingAdaptersOptions {
  logger: Logger;
  clock: Clock;
  /** The app as Application Insights names it (`cloud_RoleName`), e.g. `ptpu-processor`. */
  roleName: string;
  /** In lock owners and `x-ptpu-caller`. Default `HOSTNAME` (the pod name in Kubernetes), else the host name. */
  podName?: string;
  registry: Registry;
}

/** Builds the adapters at start-up; throws a `ConfigError` first when the lease is too short. */
export async function createProcessingAdapters(
  config: ProcessingSettings,
  { logger, clock, roleName, podName = podNameOfProcess(), registry }: ProcessingAdaptersOptions,
): Promise<ProcessingAdapters> {
  checkLeaseFits(config);
  const dynamodb = new DynamoDBClient(awsClientConfig(config, 'DYNAMODB'));
  const sns = new SNSClient(awsClientConfig(config, 'SNS'));
  const tables = {
    messageTable: config.DYNAMODB_TABLENAME,
    scheduleTable: config.DYNAMODB_SCHEDULE_TABLENAME,
  };
  if (config.PROVISION_LOCAL_RESOURCES) await createTables(dynamodb, tables);
  const upstreams = upstreamClientsFromConfig(config, clock, podName, createUpstreamCallMetrics(registry));
  const leaseEvents = createLeaseMetrics(registry);
  const repository = new DynamoMessageRepository({
    client: dynamodb,
    ...tables,
    clock,
    pageSize: config.PTPU_PAGE_SIZE,
    leaseEvents,
  });
  const topicArn = config.HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN;
  const connectionString = config.APPLICATIONINSIGHTS_CONNECTION_STRING;
  const telemetry = await createTelemetry({ logger, connectionString, roleName });
  return {
    dynamodb,
    upstreams,
    repository,
    processing: {
      work: repository,
      prisonApi: upstreams.prisonApi,
      offenderSearch: upstreams.offenderSearch,
      communityApi: upstreams.communityApi,
      communityApiUnder: (gate) => upstreams.communityApiUnder(gate),
      domainEvents: new SnsDomainEventPublisher({ client: sns, topicArn }),
      telemetry,
      clock,
      settings: {
        interestedPrisons: config.PRISONTOPROBATION_ONLY_PRISONS,
        dryRun: config.PRISONTOPROBATION_DRY_RUN,
        writeMayLandForMs: config.PTPU_LOCK_LEASE + config.PTPU_HTTP_TIMEOUT,
      },
    },
    telemetry,
    leaseEvents,
    newLocks: (job) =>
      new DynamoLocks({
        client: dynamodb,
        tableName: tables.scheduleTable,
        clock,
        owner: newLockOwner(`${podName}/${job}`),
        leaseMs: config.PTPU_LOCK_LEASE,
        leaseEvents,
        onLeaseProblem: (problem) =>
          logger.warn({ err: problem.error, lockId: problem.lockId }, `lease ${problem.kind}`),
        onClaimTaken: ({ lockId, owner, fence, takenAt }) =>
          logger.info({ lockId, owner, fence, takenAt: takenAt.toISOString() }, 'claim taken'),
      }),
    health: [
      dynamoTableHealth({ name: 'messageTable', client: dynamodb, tableName: tables.messageTable }),
      dynamoTableHealth({ name: 'scheduleTable', client: dynamodb, tableName: tables.scheduleTable }),
      snsTopicHealth({ name: 'domaineventtopic-health', client: sns, topicArn }),
      ...upstreamHealthComponents(upstreams.health),
    ],
    destroy() {
      dynamodb.destroy();
      sns.destroy();
    },
  };
}
