import { CreateTopicCommand, SubscribeCommand, type SNSClient } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { uniqueName } from './unique-name';

/** A domain event as a subscriber receives it: the SNS envelope's body and its `eventType`, `eventId` attributes. */
export interface ReceivedDomainEvent {
  eventType: string | undefined;
  eventId: string | undefined;
  body: Record<string, unknown>;
}

export interface DomainEventProbe {
  topicArn: string;
  /** Everything delivered since the last call (waits briefly for stragglers). */
  drain(): Promise<ReceivedDomainEvent[]>;
}

/** A new queue `name` subscribed to `topicArn`, as a consumer's would be (raw delivery off); its URL. */
export async function subscribedQueue(
  sns: SNSClient,
  sqs: SQSClient,
  topicArn: string,
  name: string,
): Promise<string> {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name }));
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
  );
  await sns.send(
    new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: Attributes?.QueueArn }),
  );
  return QueueUrl as string;
}

/**
 * A suite's own domain topic (or `topicArn`, one the suite made already), with a queue of the suite's own
 * subscribed to it, as a consumer would be.
 */
export async function createDomainEventProbe(
  sns: SNSClient,
  sqs: SQSClient,
  label: string,
  topicArn?: string,
): Promise<DomainEventProbe> {
  const TopicArn =
    topicArn ??
    (await sns.send(new CreateTopicCommand({ Name: uniqueName(`ptpu-domain-${label}`) }))).TopicArn;
  const QueueUrl = await subscribedQueue(
    sns,
    sqs,
    TopicArn as string,
    uniqueName(`ptpu-domain-sub-${label}`),
  );
  return {
    topicArn: TopicArn as string,
    async drain() {
      const received: ReceivedDomainEvent[] = [];
      for (;;) {
        const { Messages = [] } = await sqs.send(
          new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
        );
        if (Messages.length === 0) return received;
        for (const message of Messages) {
          const envelope = JSON.parse(message.Body as string) as {
            Message: string;
            MessageAttributes?: Record<string, { Value: string }>;
          };
          received.push({
            eventType: envelope.MessageAttributes?.eventType?.Value,
            eventId: envelope.MessageAttributes?.eventId?.Value,
            body: JSON.parse(envelope.Message),
          });
          await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: message.ReceiptHandle }));
        }
      }
    },
  };
}
