import { GetQueueAttributesCommand, type QueueAttributeName, type SQSClient } from '@aws-sdk/client-sqs';
import { atBoundary } from '@ptpu/aws';
import type { Logger } from '@ptpu/platform';
import type { QueuePair } from './queue-pair';

/** Reads some attributes of a queue, as strings (SQS's own form). */
export async function queueAttributes(
  sqs: SQSClient,
  QueueUrl: string,
  names: QueueAttributeName[],
): Promise<Partial<Record<QueueAttributeName, string>>> {
  const { Attributes } = await atBoundary(`read attributes of ${QueueUrl}`, () =>
    sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: names })),
  );
  return Attributes ?? {};
}

/** Messages waiting to be received (SQS's approximate count). */
export async function visibleMessageCount(sqs: SQSClient, queueUrl: string): Promise<number> {
  const attributes = await queueAttributes(sqs, queueUrl, ['ApproximateNumberOfMessages']);
  return Number(attributes.ApproximateNumberOfMessages ?? 0);
}

/**
 * The queue's redrive policy (after `maxReceiveCount` receives SQS moves a message to `deadLetterTargetArn`),
 * or undefined when it has none (or one SQS would not apply).
 */
export function parseRedrivePolicy(attribute: string | undefined) {
  if (!attribute) return undefined;
  try {
    const policy = JSON.parse(attribute) as { deadLetterTargetArn?: unknown; maxReceiveCount?: unknown };
    const maxReceiveCount = Number(policy.maxReceiveCount);
    if (
      typeof policy.deadLetterTargetArn !== 'string' ||
      !Number.isInteger(maxReceiveCount) ||
      maxReceiveCount < 1
    ) {
      return undefined;
    }
    return { deadLetterTargetArn: policy.deadLetterTargetArn, maxReceiveCount };
  } catch {
    return undefined;
  }
}

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
