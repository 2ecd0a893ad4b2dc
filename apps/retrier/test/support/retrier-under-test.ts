import { CreateTopicCommand, DeleteTopicCommand } from '@aws-sdk/client-sns';
import type { MessageRow, MessageStatus, Outcome, RetryTier } from '@ptpu/domain';
import { FixedClock } from '@ptpu/domain/testing';
import {
  LOCAL_CREDENTIALS,
  localAwsClients,
  localEndpoints,
  provisionProbationMessaging,
  uniqueName,
  type ProvisionedProbationMessaging,
} from '@ptpu/local-stack';
import type { LogLevel } from '@ptpu/platform';
import { createCapturingLogger } from '@ptpu/platform/testing';
import { startSandbox, type Sandbox, type WorldInput, upstreamEnvOf } from '@ptpu/sandbox';
import { DynamoLocks, DynamoMessageRepository } from '@ptpu/store';
import { createTestTables, type TestTables } from '@ptpu/store/testing';
import { loadRetrierConfig } from '../../src/config';
import { startRetrier, type RunningRetrier } from '../../src/retrier';
import { firingsBetween, type TierFiring } from './tier-firings';

/** One attempt the retrier made at one row, as the tier run that made it reported it. */
export interface RowAttempt {
  rowId: string;
  tier: RetryTier;
  /** The firing's instant (the simulated clock stands still while the tier runs). */
  at: Date;
  outcome: Outcome['kind'];
  status: MessageStatus;
  retryCount: number;
}

export interface RetrierUnderTestOptions {
  world: WorldInput;
  /** Where the simulated clock starts. */
  startAt: string;
  /** Extra environment, e.g. `PRISONTOPROBATION_DRY_RUN`. */
  env?: Record<string, string>;
  /** Default `warn`: a walk through a month of firings would otherwise log thousands of lines. */
  logLevel?: LogLevel;
}

/**
 * The retrier running in-process against its own tables and domain topic on the emulators and its own sandbox,
 * with a simulated clock that the suite moves. Its crons do not fire by themselves: `walkTo` evaluates the
 * configured schedules' own crons (`firingsBetween`) and runs each tier at each firing instant.
 */
export class RetrierUnderTest {
  readonly aws = localAwsClients();
  readonly logs: Record<string, unknown>[];
  private readonly logger;

  private constructor(
    readonly clock: FixedClock,
    readonly sandbox: Sandbox,
    readonly tables: TestTables,
    readonly domainTopicArn: string,
    /** The probation event topic and queue the retrier consumes. */
    readonly probation: ProvisionedProbationMessaging,
    readonly retrier: RunningRetrier,
    captured: ReturnType<typeof createCapturingLogger>,
  ) {
    this.logs = captured.lines;
    this.logger = captured.logger;
  }

  static async start(options: RetrierUnderTestOptions): Promise<RetrierUnderTest> {
    const clock = new FixedClock(options.startAt);
    const aws = localAwsClients();
    const tables = await createTestTables(aws.dynamodb, 'retrier');
    const { TopicArn: topicArn } = await aws.sns.send(
      new CreateTopicCommand({ Name: uniqueName('retrier-domain-events') }),
    );
    const probationNames = {
      probationEventsTopic: uniqueName('retrier-probation-events'),
      probationQueue: uniqueName('retrier-probation'),
      probationDlq: uniqueName('retrier-probation-dlq'),
    };
    const probation = await provisionProbationMessaging(aws.sqs, aws.sns, probationNames, {
      visibilityTimeoutSeconds: 5,
    });
    aws.destroy();
    if (!topicArn) throw new Error('the emulator created no domain topic');
    const sandbox = await startSandbox({ world: options.world, clock });
    const endpoints = localEndpoints();
    const config = loadRetrierConfig({
      PORT: '0',
      AWS_REGION: 'eu-west-2',
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
      AWS_ENDPOINT_URL_SNS: endpoints.sqsSns,
      AWS_ENDPOINT_URL_SQS: endpoints.sqsSns,
      HMPPS_SQS_QUEUES_PROBATIONEVENTQUEUE_QUEUE_NAME: probationNames.probationQueue,
      HMPPS_SQS_QUEUES_PROBATIONEVENTQUEUE_DLQ_NAME: probationNames.probationDlq,
      DYNAMODB_TABLENAME: tables.messageTable,
      DYNAMODB_SCHEDULE_TABLENAME: tables.scheduleTable,
      HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN: topicArn,
      ...upstreamEnvOf(sandbox),
      OAUTH_ISSUER: sandbox.issuer,
      ...options.env,
    });
    const captured = createCapturingLogger({ name: 'retrier', level: options.logLevel ?? 'warn' });
    const retrier = await startRetrier(config, captured.logger, {
      clock,
      startSchedules: false,
      podName: 'test-pod',
    });
    return new RetrierUnderTest(clock, sandbox, tables, topicArn, probation, retrier, captured);
  }

  /** The message table as the validator and processor use it. */
  repository(): DynamoMessageRepository {
    return new DynamoMessageRepository({ client: this.aws.dynamodb, ...this.tables, clock: this.clock });
  }

  /** Claims and job locks under an owner of the test's choosing (another worker, as far as the retrier knows). */
  locks(owner: string, leaseMs?: number): DynamoLocks {
    return new DynamoLocks({
      client: this.aws.dynamodb,
      tableName: this.tables.scheduleTable,
      clock: this.clock,
      owner,
      leaseMs,
    });
  }

  async store(...rows: MessageRow[]): Promise<void> {
    for (const row of rows) await this.repository().storeIfAbsent(row);
  }

  async row(id: string): Promise<MessageRow> {
    const row = await this.repository().getRow(id);
    if (!row) throw new Error(`row ${id} is not in the table`);
    return row;
  }

  /**
   * Moves the clock to each firing of the configured schedules after now, up to `to`, and runs that tier to
   * completion there. Returns every row attempt, in order. A run that did not complete, or a booking it could
   * not work, fails the walk: nothing else works these tables.
   */
  async walkTo(
    to: string | Date,
    beforeFiring?: (firing: TierFiring) => Promise<void>,
  ): Promise<RowAttempt[]> {
    const attempts: RowAttempt[] = [];
    for (const firing of firingsBetween(this.retrier.schedules, this.clock.now(), new Date(to))) {
      this.clock.set(firing.at);
      await beforeFiring?.(firing);
      const outcome = await this.retrier.runTier(firing.tier, 'schedule');
      if (outcome.result !== 'completed')
        throw new Error(`${firing.tier} at ${firing.at.toISOString()}: ${outcome.result}`);
      for (const booking of outcome.value.bookings) {
        if (booking.result !== 'worked')
          throw new Error(`booking ${booking.bookingId}: ${JSON.stringify(booking)}`);
        attempts.push(
          ...booking.rows.map(({ id, outcome: kind, status, retryCount }) => ({
            rowId: id,
            tier: firing.tier,
            at: firing.at,
            outcome: kind,
            status,
            retryCount,
          })),
        );
      }
    }
    this.clock.set(to);
    return attempts;
  }

  /** Every PUT or POST community-api received: the calls that could change Delius. */
  deliusWrites() {
    return this.sandbox.admin
      .requests({ upstream: 'communityApi' })
      .filter((request) => request.method === 'PUT' || request.method === 'POST');
  }

  /** Upstream requests that named this booking, book number or NOMS number in their path. */
  requestsAbout(...keys: (string | number)[]) {
    return this.sandbox.admin
      .requests()
      .filter((request) => keys.some((key) => request.path.includes(String(key))));
  }

  async stop(): Promise<void> {
    await this.retrier.stop();
    await this.sandbox.close();
    await this.aws.sns.send(new DeleteTopicCommand({ TopicArn: this.domainTopicArn }));
    await this.tables.drop();
    this.aws.destroy();
    this.logger.flush();
  }
}
