import {
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  type QueueAttributeName,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { atBoundary } from '@ptpu/aws';

/** The prison event queue and its DLQ (hmpps-sqs queue id `prisoneventqueue`), by name and URL. */
export interface EventQueues {
  queueName: string;
  queueUrl: string;
  dlqName: string;
  dlqUrl: string;
}

/** Looks the configured queues up by name, as hmpps-sqs does; a missing queue stops the app at start-up. */
export async function resolveEventQueues(
  sqs: SQSClient,
  names: { queueName: string; dlqName: string },
): Promise<EventQueues> {
  const [queueUrl, dlqUrl] = await Promise.all([
    queueUrlOf(sqs, names.queueName),
    queueUrlOf(sqs, names.dlqName),
  ]);
  return { ...names, queueUrl, dlqUrl };
}

async function queueUrlOf(sqs: SQSClient, QueueName: string): Promise<string> {
  const { QueueUrl } = await atBoundary(`find queue ${QueueName}`, () =>
    sqs.send(new GetQueueUrlCommand({ QueueName })),
  );
  if (!QueueUrl) throw new Error(`SQS returned no URL for queue ${QueueName}`);
  return QueueUrl;
}

/** After `maxReceiveCount` receives SQS moves a message to the DLQ. */
export interface RedrivePolicy {
  deadLetterTargetArn: string;
  maxReceiveCount: number;
}

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

/** The queue's redrive policy, or undefined when it has none (or one SQS would not apply). */
export function parseRedrivePolicy(attribute: string | undefined): RedrivePolicy | undefined {
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

/** What terraform configured on the queue, which the consumer works with rather than against. */
export async function readQueueSettings(
  sqs: SQSClient,
  queueUrl: string,
): Promise<{ visibilityTimeoutSeconds: number; maxReceiveCount: number | undefined }> {
  const attributes = await queueAttributes(sqs, queueUrl, ['VisibilityTimeout', 'RedrivePolicy']);
  return {
    visibilityTimeoutSeconds: Number(attributes.VisibilityTimeout ?? 30),
    maxReceiveCount: parseRedrivePolicy(attributes.RedrivePolicy)?.maxReceiveCount,
  };
}
