import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { DomainEventSeen } from '../checks/announced-writes';

/** Messages waiting or in flight on a queue. */
export async function queueDepth(sqs: SQSClient, queueUrl: string): Promise<number> {
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(Attributes?.ApproximateNumberOfMessages ?? 0) +
    Number(Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0)
  );
}

/** Receives and deletes everything visible on the queue now. */
export async function drainQueue(sqs: SQSClient, queueUrl: string): Promise<Message[]> {
  const drained: Message[] = [];
  for (;;) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 0,
        MessageAttributeNames: ['All'],
      }),
    );
    if (Messages.length === 0) return drained;
    drained.push(...Messages);
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: Messages.map((message, i) => ({ Id: String(i), ReceiptHandle: message.ReceiptHandle })),
      }),
    );
  }
}

interface SnsEnvelope {
  MessageId?: string;
  Message?: string;
  MessageAttributes?: Record<string, { Value?: string }>;
}

/** The SNS MessageId of a DLQ message: SQS moves the envelope as it came, the validator copies it verbatim. */
export function deadLetterMessageId(message: Message): string | undefined {
  try {
    return (JSON.parse(message.Body ?? '') as SnsEnvelope).MessageId;
  } catch {
    return undefined;
  }
}

/** A domain event as delivered to the harness's queue on the domain topic (SNS envelope). */
export function domainEventOf(message: Message): DomainEventSeen | undefined {
  try {
    const envelope = JSON.parse(message.Body ?? '') as SnsEnvelope;
    const event = JSON.parse(envelope.Message ?? '') as {
      eventType?: string;
      personReference?: { identifiers?: { type: string; value: string }[] };
    };
    const identifier = (type: string) =>
      event.personReference?.identifiers?.find((id) => id.type === type)?.value;
    return {
      eventId: envelope.MessageAttributes?.eventId?.Value,
      eventType: event.eventType ?? '',
      crn: identifier('CRN'),
      nomsNumber: identifier('NOMS'),
    };
  } catch {
    return undefined;
  }
}
