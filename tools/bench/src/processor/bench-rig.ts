import { CreateTopicCommand, DeleteTopicCommand } from '@aws-sdk/client-sns';
import {
  localAwsClients,
  LOCAL_CREDENTIALS,
  LOCAL_REGION,
  uniqueName,
  type EmulatorEndpoints,
} from '@ptpu/local-stack';
import { startSandbox, type Sandbox, type UpstreamName, type WorldInput, upstreamEnvOf } from '@ptpu/sandbox';
import { createTestTables } from '@ptpu/store/testing';

const UPSTREAMS: UpstreamName[] = ['auth', 'prisonApi', 'offenderSearch', 'communityApi'];

/**
 * Everything a benchmarked processor needs, of its own: tables, a domain topic and a sandbox serving `world`.
 * Counts every request the sandbox answers as it answers it (`onRequest`), without reading its request log.
 */
export async function startBenchRig(world: WorldInput, label: string, endpoints: EmulatorEndpoints) {
  const aws = localAwsClients(endpoints);
  const tables = await createTestTables(aws.dynamodb, label);
  const { TopicArn } = await aws.sns.send(
    new CreateTopicCommand({ Name: uniqueName(`ptpu-domain-${label}`) }),
  );
  const counter = { calls: 0 };
  const sandbox: Sandbox = await startSandbox({ world, onRequest: () => (counter.calls += 1) });
  const env: Record<string, string> = {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_SNS: endpoints.sqsSns,
    DYNAMODB_TABLENAME: tables.messageTable,
    DYNAMODB_SCHEDULE_TABLENAME: tables.scheduleTable,
    HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN: TopicArn as string,
    ...upstreamEnvOf(sandbox),
    PRISONTOPROBATION_HOLD_BACK_DURATION: '0m',
  };
  return {
    aws,
    sandbox,
    dynamodb: aws.dynamodb,
    tables,
    messageTable: tables.messageTable,
    env,
    /** Requests answered since the last `resetCalls()`. */
    calls: () => counter.calls,
    resetCalls: () => (counter.calls = 0),
    /** Delays every call to every upstream by `ms` before it is answered. */
    addLatency(ms: number): void {
      if (ms > 0)
        for (const upstream of UPSTREAMS) sandbox.admin.addFault({ upstream, path: '/**', delayMs: ms });
    },
    async close(): Promise<void> {
      await sandbox.close();
      await aws.sns.send(new DeleteTopicCommand({ TopicArn }));
      await tables.drop();
      aws.destroy();
    },
  };
}
