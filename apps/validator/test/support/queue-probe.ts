import {
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';

export interface QueueCounts {
  /** Waiting on the queue. */
  visible: number;
  /** Received and neither deleted nor visible again yet. */
  inFlight: number;
  /** Waiting on the DLQ. */
  dlq: number;
}

export async function queueCounts(
  sqs: SQSClient,
  queues: { queueUrl: string; dlqUrl: string },
): Promise<QueueCounts> {
  const read = async (QueueUrl: string) =>
    (
      await sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl,
          AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
        }),
      )
    ).Attributes ?? {};
  const [queue, dlq] = await Promise.all([read(queues.queueUrl), read(queues.dlqUrl)]);
  return {
    visible: Number(queue.ApproximateNumberOfMessages),
    inFlight: Number(queue.ApproximateNumberOfMessagesNotVisible),
    dlq: Number(dlq.ApproximateNumberOfMessages),
  };
}

/**
 * Every message waiting on a queue. Each receive hides what it returns for one second, long enough to read
 * them all without repeats; after that they are back on the queue, untouched.
 */
export async function peekAll(sqs: SQSClient, queueUrl: string): Promise<Message[]> {
  const seen = new Map<string, Message>();
  for (;;) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 1,
        WaitTimeSeconds: 0,
        MessageAttributeNames: ['All'],
        MessageSystemAttributeNames: ['ApproximateReceiveCount'],
      }),
    );
    const fresh = Messages.filter((message) => !seen.has(message.MessageId ?? ''));
    if (fresh.length === 0) return [...seen.values()];
    for (const message of fresh) seen.set(message.MessageId ?? '', message);
  }
}
