import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  DynamoDbFaultProxy,
  freePort,
  subscribedQueue,
  localAppEnv,
  localAwsClients,
  provisionMessaging,
  provisionProbationMessaging,
  uniqueName,
  type EmulatorEndpoints,
  type LocalAwsClients,
  type ProvisionedMessaging,
  type ProvisionedProbationMessaging,
} from '@ptpu/local-stack';
import { startSandbox, type Sandbox, upstreamEnvOf } from '@ptpu/sandbox';
import { createTestTables } from '@ptpu/store/testing';
import { AppLogEvidence } from '../observe/app-log-evidence';
import { OutageProxy } from '../proxies/outage-proxy';
import { AppProcess } from './app-process';
import { buildApps, FLEET_APPS, WORKSPACE, type FleetApp } from './build-apps';
import { settingsEnv, type StackSettings } from './stack-settings';
import { bookingRange, resilienceWorld } from '../events/resilience-world';

/** Tokens live 64 s and the clients drop them 60 s early, so every app asks for a token every few seconds. */
const TOKEN_LIFETIME_SECONDS = 64;

/**
 * The whole service on this machine, built once, with several processes of each app behind the fault points:
 * the sandbox (in this process), a fault proxy before DynamoDB Local (refusing a share of calls as DynamoDB
 * throttles) and an outage proxy before the SNS/SQS emulator. Its own topic, queues and tables, so nothing
 * else running is touched.
 */
export class ResilienceStack {
  readonly evidence = new AppLogEvidence();

  private constructor(
    readonly aws: LocalAwsClients,
    readonly messaging: ProvisionedMessaging,
    /** The probation topic, queue and DLQ the retriers consume. */
    readonly probationMessaging: ProvisionedProbationMessaging,
    /** The harness's own queue on the domain topic, drained to see every domain event. */
    readonly domainEventsQueueUrl: string,
    readonly tables: { messageTable: string; scheduleTable: string; drop(): Promise<void> },
    readonly sandbox: Sandbox,
    readonly dynamoProxy: DynamoDbFaultProxy,
    readonly messagingProxy: OutageProxy,
    readonly apps: AppProcess[],
    readonly settings: StackSettings,
    readonly logDir: string,
  ) {}

  static async start(endpoints: EmulatorEndpoints, settings: StackSettings): Promise<ResilienceStack> {
    const bundles = await buildApps();
    const aws = localAwsClients(endpoints);
    const label = uniqueName('ptpu-res');
    const names = {
      offenderEventsTopic: `${label}-offender`,
      domainEventsTopic: `${label}-domain`,
      queue: `${label}-events`,
      dlq: `${label}-events-dlq`,
    };
    const messaging = await provisionMessaging(aws.sqs, aws.sns, names, {
      maxReceiveCount: settings.maxReceiveCount,
      visibilityTimeoutSeconds: 6,
    });
    const probationNames = {
      probationEventsTopic: `${label}-probation`,
      probationQueue: `${label}-probation-events`,
      probationDlq: `${label}-probation-events-dlq`,
    };
    const probationMessaging = await provisionProbationMessaging(aws.sqs, aws.sns, probationNames, {
      maxReceiveCount: settings.maxReceiveCount,
      visibilityTimeoutSeconds: 6,
    });
    const domainEventsQueueUrl = await subscribedQueue(
      aws.sns,
      aws.sqs,
      messaging.domainEventsTopicArn,
      `${label}-audit`,
    );
    const tables = await createTestTables(aws.dynamodb, 'resilience');
    const sandbox = await startSandbox({
      world: resilienceWorld(bookingRange(0, 0)),
      tokenLifetimeSeconds: TOKEN_LIFETIME_SECONDS,
    });
    const dynamoProxy = await DynamoDbFaultProxy.start(endpoints.dynamodb);
    const messagingProxy = await OutageProxy.start(endpoints.sqsSns);
    const logDir = path.join(WORKSPACE, 'tmp/resilience', label);
    mkdirSync(logDir, { recursive: true });

    const env = {
      ...localAppEnv(
        { sqsSns: messagingProxy.url, dynamodb: dynamoProxy.url },
        {
          ...messaging,
          queueName: names.queue,
          dlqName: names.dlq,
          probationQueueName: probationNames.probationQueue,
          probationDlqName: probationNames.probationDlq,
        },
        tables,
      ),
      ...upstreamEnvOf(sandbox),
      ...settingsEnv(settings),
    };
    const counts: Record<FleetApp, number> = {
      validator: settings.validators,
      processor: settings.processors,
      retrier: settings.retriers,
    };
    const apps: AppProcess[] = [];
    for (const app of FLEET_APPS) {
      for (let i = 1; i <= counts[app]; i += 1) {
        const podName = `${app}-${i}`;
        apps.push(
          new AppProcess({
            app,
            podName,
            bundle: bundles[app],
            port: await freePort(),
            env,
            logFile: path.join(logDir, `${podName}.log`),
          }),
        );
      }
    }
    const stack = new ResilienceStack(
      aws,
      messaging,
      probationMessaging,
      domainEventsQueueUrl,
      tables,
      sandbox,
      dynamoProxy,
      messagingProxy,
      apps,
      settings,
      logDir,
    );
    for (const app of apps) stack.evidence.watch(app.options.logFile);
    try {
      await Promise.all(apps.map((app) => app.start()));
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  appsOf(app: FleetApp): AppProcess[] {
    return this.apps.filter((process) => process.options.app === app);
  }

  /** Ends every fault in force: sandbox faults, throttling, the outage, frozen processes. */
  async clearFaults(): Promise<void> {
    this.sandbox.admin.clearFaults();
    this.dynamoProxy.clear();
    await this.messagingProxy.restore();
    for (const app of this.apps) app.resume();
  }

  async stop(): Promise<void> {
    await this.clearFaults();
    await Promise.all(this.apps.map((app) => app.stop()));
    await this.sandbox.close();
    await this.dynamoProxy.close();
    await this.messagingProxy.close();
    await this.tables.drop().catch(() => undefined);
    this.aws.destroy();
  }
}
