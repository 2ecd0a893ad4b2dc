import type { SQSClient } from '@aws-sdk/client-sqs';
import type { Logger } from '@ptpu/platform';
import type { QueuePair } from './queue-pair';
import { parseRedrivePolicy, queueAttributes } from './queue-attributes';

/** What the platform configured on the queue (terraform), which the consumer works with rather than against. */
export interface QueueSettings {
  /** How long a received message stays hidden; the consumer's heartbeat renews it for slow messages. */
  visibilityTimeoutSeconds: number;
  /** Receives before SQS dead-letters a message; undefined when the queue has no redrive policy. */
  maxReceiveCount: number | undefined;
}

/** Reads the queue's settings at start-up; a queue without a redrive policy is logged as an error. */
export async function readQueueSettings(
  sqs: SQSClient,
  queues: QueuePair,
  logger: Logger,
): Promise<QueueSettings> {
  const attributes = await queueAttributes(sqs, queues.queueUrl, ['VisibilityTimeout', 'RedrivePolicy']);
  const maxReceiveCount = parseRedrivePolicy(attributes.RedrivePolicy)?.maxReceiveCount;
  if (maxReceiveCount === undefined) {
    logger.error(
      { queueName: queues.queueName },
      'the queue has no redrive policy: failing messages are never dead-lettered',
    );
  }
  return { visibilityTimeoutSeconds: Number(attributes.VisibilityTimeout ?? 30), maxReceiveCount };
}
