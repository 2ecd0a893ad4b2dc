import { randomUUID } from 'node:crypto';
import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { buildSqsBody } from '@ptpu/domain/testing';

/**
 * Active bookings of the sandbox's default world with a sentence start date: a status change for each passes
 * validation and is stored, the validator's longest path (two prison-api reads and a put).
 */
const STORED_BOOKINGS = [1200835, 1201092, 1201347, 1201563, 1201778, 1201990, 1202213, 1202871, 1203092];

/** `count` status-change notifications, each with its own SNS MessageId, spread over the bookings. */
export function statusChangeBodies(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    buildSqsBody({
      messageId: randomUUID(),
      event: { bookingId: STORED_BOOKINGS[i % STORED_BOOKINGS.length], imprisonmentStatusSeq: 0 },
    }),
  );
}

/** Puts the bodies on the queue, ten to a request, a few requests at a time; `onSent` hears the running total. */
export async function fillQueue(
  sqs: SQSClient,
  queueUrl: string,
  bodies: readonly string[],
  onSent: (sent: number) => void = () => undefined,
): Promise<void> {
  const batches: string[][] = [];
  for (let i = 0; i < bodies.length; i += 10) batches.push(bodies.slice(i, i + 10));
  let next = 0;
  let sent = 0;
  const sender = async () => {
    while (next < batches.length) {
      const batch = batches[next++];
      const { Failed = [] } = await sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: batch.map((MessageBody, id) => ({ Id: String(id), MessageBody })),
        }),
      );
      if (Failed.length > 0)
        throw new Error(`the emulator refused ${Failed.length} messages: ${Failed[0].Message}`);
      onSent((sent += batch.length));
    }
  };
  await Promise.all(Array.from({ length: 8 }, sender));
}
