import { randomBytes } from 'node:crypto';
import {
  CreateQueueCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  PurgeQueueCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import {
  BackgroundJobs,
  createBaseApp,
  createJwtVerifier,
  startHttpServer,
  type RunningHttpServer,
} from '@ptpu/platform';
import { createCapturingLogger, RecordingTelemetry, startTestTokenIssuer } from '@ptpu/platform/testing';
import { Counter, Histogram, Registry } from 'prom-client';
import {
  EventConsumer,
  housekeepingRouter,
  queueAdminRouter,
  QUEUE_ADMIN_ROLE,
  REDRIVE_COUNT_ATTRIBUTE,
  type QueueAdminDeps,
} from '../src';
import { readQueueSettings } from '../src/sqs/queue-attributes';
import { resolveQueuePair, type QueuePair } from '../src/sqs/queue-pair';

/**
 * An app with two queue pairs, as the retrier will have beside the validator's one: queue-admin serves both by
 * name, housekeeping redrives both, and a consumer settles the second with its own outcome kinds.
 */
const local = {
  endpoint: 'http://127.0.0.1:4566',
  region: 'eu-west-2',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};
const suffix = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;

describe('two queue pairs in one app', () => {
  const sqs = new SQSClient(local);
  const { logger, lines } = createCapturingLogger();
  let first: QueuePair;
  let second: QueuePair;
  let server: RunningHttpServer;
  let closeIssuer: () => Promise<void>;
  let adminToken: string;
  const jobs = new BackgroundJobs(logger);

  const createPair = async (queueId: string): Promise<QueuePair> => {
    const names = { queueId, queueName: `${queueId}-${suffix}`, dlqName: `${queueId}-dlq-${suffix}` };
    const dlqUrl = (await sqs.send(new CreateQueueCommand({ QueueName: names.dlqName }))).QueueUrl;
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: dlqUrl, AttributeNames: ['QueueArn'] }),
    );
    const RedrivePolicy = JSON.stringify({ deadLetterTargetArn: Attributes?.QueueArn, maxReceiveCount: 3 });
    await sqs.send(new CreateQueueCommand({ QueueName: names.queueName, Attributes: { RedrivePolicy } }));
    return resolveQueuePair(sqs, names);
  };
  const send = (QueueUrl: string, MessageBody: string) =>
    sqs.send(new SendMessageCommand({ QueueUrl, MessageBody }));
  const receiveAll = async (QueueUrl: string) =>
    (
      await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: 1,
          VisibilityTimeout: 0,
          MessageAttributeNames: ['All'],
        }),
      )
    ).Messages ?? [];
  const put = (path: string, token?: string) =>
    fetch(`${server.url}/queue-admin${path}`, {
      method: 'PUT',
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  beforeAll(async () => {
    [first, second] = await Promise.all([createPair('firstqueue'), createPair('secondqueue')]);
    const issuer = await startTestTokenIssuer();
    closeIssuer = () => issuer.close();
    adminToken = await issuer.mint({ authorities: [QUEUE_ADMIN_ROLE] });
    const registry = new Registry();
    const deps: QueueAdminDeps = {
      sqs,
      queues: [
        { ...first, describe: () => ({ about: 'first' }) },
        { ...second, describe: (message) => ({ about: `second: ${message.Body}` }) },
      ],
      maxRedrives: 5,
      verifier: createJwtVerifier({
        oauthEndpointUrl: issuer.oauthEndpointUrl,
        issuer: issuer.issuer,
        logger,
      }),
      jobs,
      metrics: {
        redriven: new Counter({
          name: 'test_redriven',
          help: 'h',
          labelNames: ['trigger'],
          registers: [registry],
        }),
        parked: new Counter({ name: 'test_parked', help: 'h', registers: [registry] }),
      },
      telemetry: new RecordingTelemetry(),
      logger,
    };
    const app = createBaseApp({ registry, logger });
    for (const router of [queueAdminRouter(deps), housekeepingRouter(deps)]) app.use(router.routes());
    server = await startHttpServer(app, 0, logger);
  });
  beforeEach(() =>
    Promise.all(
      [first, second].flatMap((pair) =>
        [pair.queueUrl, pair.dlqUrl].map((QueueUrl) => sqs.send(new PurgeQueueCommand({ QueueUrl }))),
      ),
    ),
  );
  afterAll(async () => {
    await server?.close();
    await jobs.stop();
    await closeIssuer?.();
    await Promise.all(
      [first, second].flatMap((pair) =>
        pair
          ? [pair.queueUrl, pair.dlqUrl].map((QueueUrl) => sqs.send(new DeleteQueueCommand({ QueueUrl })))
          : [],
      ),
    );
    sqs.destroy();
  });

  it('when housekeeping runs, then each DLQ goes back to its own queue and the answer has one entry per DLQ', async () => {
    await send(first.dlqUrl, 'first body');
    await send(second.dlqUrl, 'second body');

    const response = await put('/retry-all-dlqs');

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([{ messagesFoundCount: 1 }, { messagesFoundCount: 1 }]);
    const back = async (pair: QueuePair) =>
      (await receiveAll(pair.queueUrl)).map((m) => [
        m.Body,
        m.MessageAttributes?.[REDRIVE_COUNT_ATTRIBUTE]?.StringValue,
      ]);
    expect(await back(first)).toEqual([['first body', '1']]);
    expect(await back(second)).toEqual([['second body', '1']]);
  });

  it('when an operator redrives the second DLQ by name, then only it moves, described by its own describe', async () => {
    await send(first.dlqUrl, 'stays');
    await send(second.dlqUrl, 'moves');

    const started = await put(`/retry-dlq/${second.dlqName}?background=true&mode=write`, adminToken);
    const { poll } = (await started.json()) as { poll: string };
    let job: { state?: string; results?: { outcome: { messages: unknown[] } }[] } = {};
    for (let i = 0; i < 50 && job.state !== 'finished'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = (await (
        await fetch(`${server.url}${poll}`, { headers: { authorization: `Bearer ${adminToken}` } })
      ).json()) as typeof job;
    }

    expect(job.results?.[0]?.outcome.messages).toEqual([
      expect.objectContaining({ about: 'second: moves', redriveCount: 0, result: 'redriven' }),
    ]);
    expect((await receiveAll(second.queueUrl)).map((m) => m.Body)).toEqual(['moves']);
    expect((await receiveAll(first.dlqUrl)).map((m) => m.Body)).toEqual(['stays']);
  });

  it('when a name is neither pair’s, then it is 404; the second pair’s queue can be purged by name', async () => {
    expect((await put(`/retry-dlq/${second.queueName}`, adminToken)).status).toBe(404);
    expect((await put(`/purge-queue/nobody-${suffix}`, adminToken)).status).toBe(404);

    const purged = await put(`/purge-queue/${second.dlqName}`, adminToken);

    expect(purged.status).toBe(200);
  });

  it('when the second queue is consumed, then its own outcome kind is counted and a failure stays on the queue', async () => {
    const registry = new Registry();
    const metrics = {
      received: new Counter({ name: 'test_received', help: 'h', registers: [registry] }),
      handled: new Counter({
        name: 'test_handled',
        help: 'h',
        labelNames: ['outcome', 'reason'],
        registers: [registry],
      }),
      handlingSeconds: new Histogram({
        name: 'test_seconds',
        help: 'h',
        labelNames: ['outcome'],
        registers: [registry],
      }),
    };
    const consumer = new EventConsumer<{ kind: 'worked' }, string | undefined>({
      name: 'second test',
      sqs,
      queues: second,
      settings: await readQueueSettings(sqs, second, logger),
      concurrency: 2,
      errorVisibilityMs: [60_000],
      handler: {
        read: (message) => message.Body,
        logContextOf: (body) => ({ body }),
        handle: async (body) => {
          if (body === 'fail') throw new Error('not now');
          return { kind: 'worked' };
        },
        reasonOf: () => 'done',
        logOutcome: (_outcome, log) => log.info('worked it'),
      },
      metrics,
      logger,
    });
    await send(second.queueUrl, 'ok');
    await send(second.queueUrl, 'fail');

    consumer.start();
    for (
      let i = 0;
      i < 100 &&
      lines.filter((l) => l.msg === 'worked it' || l.msg === 'event failed; left on the queue').length < 2;
      i++
    )
      await new Promise((resolve) => setTimeout(resolve, 100));
    await consumer.stop();

    const handled = (await metrics.handled.get()).values.map((v) => [v.labels, v.value]);
    expect(handled).toEqual(
      expect.arrayContaining([
        [{ outcome: 'worked', reason: 'done' }, 1],
        [{ outcome: 'transient', reason: 'transient' }, 1],
      ]),
    );
    expect(lines.find((l) => l.msg === 'worked it')).toMatchObject({ body: 'ok', receiveCount: 1 });
    expect(lines.map((l) => l.msg)).toEqual(
      expect.arrayContaining([
        'second test consumer started',
        'second test consumer stopped; in-flight messages settled',
      ]),
    );
    // The failed one is hidden for its back-off, the worked one deleted: nothing is visible.
    expect(await receiveAll(second.queueUrl)).toEqual([]);
  });
});
