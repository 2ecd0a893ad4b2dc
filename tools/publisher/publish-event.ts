import { randomUUID } from 'node:crypto';
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';

/** A sample event: the inner JSON of the SNS notification, with the type it is published as. */
export type PrisonEvent = Record<string, unknown> & { eventType: string };

/**
 * Publishes one event the way the estate's producers do: the event JSON as the message, and the `eventType`
 * message attribute that the subscription filters and the consumers route on (with the `id`, `contentType`
 * and `timestamp` attributes the original's sample envelopes carry). Returns the MessageId.
 */
export async function publishEvent(
  sns: SNSClient,
  topicArn: string,
  eventType: string,
  message: Record<string, unknown>,
): Promise<string> {
  const result = await sns.send(
    new PublishCommand({
      TopicArn: topicArn,
      Message: JSON.stringify(message),
      MessageAttributes: {
        eventType: { DataType: 'String', StringValue: eventType },
        id: { DataType: 'String', StringValue: randomUUID() },
        contentType: { DataType: 'String', StringValue: 'text/plain;charset=UTF-8' },
        timestamp: { DataType: 'Number', StringValue: String(Date.now()) },
      },
    }),
  );
  if (result.MessageId === undefined)
    throw new Error(`SNS accepted the event but gave no MessageId (${topicArn})`);
  return result.MessageId;
}
