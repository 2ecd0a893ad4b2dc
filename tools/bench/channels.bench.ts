/**
 * `npm run bench -- channels [--bookings 200] [--rate 20]`: how soon a probation event finishes a waiting link.
 *
 * `bookings` prisoners are linked by a processor (a bundle in a process of its own) up to the point where Delius
 * has no custody for the book number yet: each row waits `BOOKING_NUMBER_NOT_ASSIGNED`, watching its case, for
 * a retry tier an hour away. Then, for each case in turn (`rate` a second), Delius records the custody (the
 * sandbox reveals it) and the probation topic publishes `SENTENCE_CHANGED` for it. The retrier (a bundle with its
 * default settings) consumes the probation queue. Measured per booking: from the publish to the moment Delius
 * answers the book number write 200. Target p95 at most 10 s.
 */
import { PublishCommand } from '@aws-sdk/client-sns';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ensureEmulators,
  provisionProbationMessaging,
  uniqueName,
  type EmulatorEndpoints,
} from '@ptpu/local-stack';
import { DynamoMessageRepository } from '@ptpu/store';
import { AppProcess } from './src/app-process';
import type { BenchContext } from './src/report/bench-context';
import {
  FIRST_CHANNELS_BOOKING_ID,
  waitingForCustodyWorld,
  type WaitingPerson,
} from './src/channels/channels-world';
import { startBenchRig } from './src/processor/bench-rig';
import { dueRows } from './src/processor/bench-world';
import { seedRows } from './src/seed-rows';

const P95_TARGET_SECONDS = 10;

export async function run(args: string[], context: BenchContext): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { bookings: { type: 'string', default: '200' }, rate: { type: 'string', default: '20' } },
  });
  const bookings = Number(values.bookings);
  const rate = Number(values.rate);
  const emulators = await ensureEmulators({ quiet: true });
  try {
    await measure(bookings, rate, emulators.endpoints, context);
  } finally {
    await emulators.stop();
  }
}

async function measure(
  bookings: number,
  rate: number,
  endpoints: EmulatorEndpoints,
  context: BenchContext,
): Promise<void> {
  const { world, people } = waitingForCustodyWorld(bookings);
  const rig = await startBenchRig(world, 'bench-channels', endpoints);
  const names = {
    probationEventsTopic: uniqueName('bench-probation-events'),
    probationQueue: uniqueName('bench-probation'),
    probationDlq: uniqueName('bench-probation-dlq'),
  };
  const probation = await provisionProbationMessaging(rig.aws.sqs, rig.aws.sns, names);
  const env = {
    ...rig.env,
    AWS_ENDPOINT_URL_SQS: endpoints.sqsSns,
    HMPPS_SQS_QUEUES_PROBATIONEVENTQUEUE_QUEUE_NAME: names.probationQueue,
    HMPPS_SQS_QUEUES_PROBATIONEVENTQUEUE_DLQ_NAME: names.probationDlq,
  };
  try {
    await linkUpToTheCustody(bookings, env, rig, context);
    const retrier = await AppProcess.start('retrier', env, []);
    try {
      console.log(`${bookings} bookings waiting; publishing SENTENCE_CHANGED at ${rate} a second`);
      const published = new Map<string, number>();
      const working = context.phase('probation events to Delius writes', {
        unit: 'bookings',
        total: bookings,
        memoryOf: { name: 'retrier', pid: retrier.pid },
      });
      const publishing = publishAll(people, rate, probation.probationEventsTopicArn, rig, published);
      const written = await bookNumberWrites(rig, people, published, working.update);
      await publishing;
      working.end();
      report(people, published, written, context);
    } finally {
      await retrier.stop();
    }
  } finally {
    await rig.close();
  }
}

/** Each status change worked by a processor of its own, up to `BOOKING_NUMBER_NOT_ASSIGNED`. */
async function linkUpToTheCustody(
  bookings: number,
  env: Record<string, string>,
  rig: Awaited<ReturnType<typeof startBenchRig>>,
  context: BenchContext,
): Promise<void> {
  const rows = dueRows(bookings, new Date(), FIRST_CHANNELS_BOOKING_ID);
  await seedRows(rig.dynamodb, rig.messageTable, rows, () => undefined);
  const processor = await AppProcess.start('processor', env, []);
  const repository = new DynamoMessageRepository({
    client: rig.dynamodb,
    ...rig.tables,
    clock: { now: () => new Date() },
  });
  const waiting = context.phase('link up to the missing custody', { unit: 'bookings', total: bookings });
  try {
    for (;;) {
      let count = 0;
      for await (const page of repository.pendingRowsOfTier('SHORT')) count += page.length;
      waiting.update(count);
      if (count >= bookings) break;
      await sleep(500);
    }
  } finally {
    waiting.end();
    await processor.stop();
  }
}

async function publishAll(
  people: readonly WaitingPerson[],
  rate: number,
  topicArn: string,
  rig: Awaited<ReturnType<typeof startBenchRig>>,
  published: Map<string, number>,
): Promise<void> {
  const started = Date.now();
  for (const [i, person] of people.entries()) {
    await sleep(Math.max(0, started + (i * 1000) / rate - Date.now()));
    rig.sandbox.admin.revealConvictions(person.crn);
    published.set(person.nomsNumber, Date.now());
    await rig.aws.sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        Message: JSON.stringify({
          offenderId: i,
          crn: person.crn,
          nomsNumber: person.nomsNumber,
          sourceId: i,
        }),
        MessageAttributes: { eventType: { DataType: 'String', StringValue: 'SENTENCE_CHANGED' } },
      }),
    );
  }
}

/** When Delius answered each booking's book number write 200, by NOMS number (the sandbox's request log). */
async function bookNumberWrites(
  rig: Awaited<ReturnType<typeof startBenchRig>>,
  people: readonly WaitingPerson[],
  published: ReadonlyMap<string, number>,
  onCount: (count: number) => void,
): Promise<Map<string, number>> {
  const written = new Map<string, number>();
  const deadline = Date.now() + 120_000 + (people.length * 1000) / 5;
  while (written.size < people.length && Date.now() < deadline) {
    for (const request of rig.sandbox.admin.requests({ upstream: 'communityApi', method: 'PUT' })) {
      const nomsNumber = /\/nomsNumber\/([^/]+)\/custody\/bookingNumber$/.exec(request.path)?.[1];
      if (!nomsNumber || request.status !== 200 || written.has(nomsNumber) || !published.has(nomsNumber))
        continue;
      written.set(nomsNumber, Date.parse(request.receivedAt));
    }
    onCount(written.size);
    await sleep(200);
  }
  return written;
}

function report(
  people: readonly WaitingPerson[],
  published: ReadonlyMap<string, number>,
  written: ReadonlyMap<string, number>,
  context: BenchContext,
): void {
  const latencies = people
    .filter((person) => written.has(person.nomsNumber))
    .map(
      (person) =>
        ((written.get(person.nomsNumber) as number) - (published.get(person.nomsNumber) as number)) / 1000,
    )
    .sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? NaN;
  const p95 = at(0.95);
  context.figure({
    name: 'bookings finished by a probation event',
    value: latencies.length,
    unit: 'bookings',
  });
  context.figure({ name: 'event to Delius write, p50', value: round2(at(0.5)), unit: 's' });
  context.figure({
    name: 'event to Delius write, p95',
    value: round2(p95),
    unit: 's',
    target: { op: '<=', value: P95_TARGET_SECONDS },
  });
  context.figure({ name: 'event to Delius write, max', value: round2(at(1)), unit: 's' });
  console.log(
    `    ${latencies.length} of ${people.length} finished; p50 ${at(0.5).toFixed(2)} s, p95 ${p95.toFixed(2)} s ` +
      `(target <= ${P95_TARGET_SECONDS} s) ${p95 <= P95_TARGET_SECONDS ? 'MET' : 'NOT MET'}`,
  );
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
