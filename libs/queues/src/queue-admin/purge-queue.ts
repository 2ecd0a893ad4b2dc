import { PurgeQueueCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { atBoundary } from '@ptpu/aws';
import { visibleMessageCount } from '../sqs/queue-attributes';

/** Empties a queue; returns how many messages were waiting (hmpps-sqs's `messagesFoundCount`). */
export async function purgeQueue(sqs: SQSClient, queueUrl: string): Promise<{ messagesFoundCount: number }> {
  const messagesFoundCount = await visibleMessageCount(sqs, queueUrl);
  await atBoundary(`purge ${queueUrl}`, () => sqs.send(new PurgeQueueCommand({ QueueUrl: queueUrl })));
  return { messagesFoundCount };
}
