import type { SQSClient } from '@aws-sdk/client-sqs';
import { parseRedrivePolicy, queueAttributes } from './queue-attributes';

/** What the platform configured on the queue (terraform), which the consumer works with rather than against. */
export interface QueueSettings {
  /** How long a received message stays hidden; the consumer's heartbeat renews it for slow messages. */
  visibilityTimeoutSeconds: number;
  /** Receives before SQS dead-letters a message; undefined when the queue has no redrive policy. */
  maxReceiveCount: number | undefined;
}

export async function readQueueSettings(sqs: SQSClient, queueUrl: string): Promise<QueueSettings> {
  const attributes = await queueAttributes(sqs, queueUrl, ['VisibilityTimeout', 'RedrivePolicy']);
  return {
    visibilityTimeoutSeconds: Number(attributes.VisibilityTimeout ?? 30),
    maxReceiveCount: parseRedrivePolicy(attributes.RedrivePolicy)?.maxReceiveCount,
  };
}
