import {
  ChangeMessageVisibilityCommand,
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  type Message,
  type ReceiveMessageCommandInput,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { atBoundary } from '@ptpu/aws';
import type { MessageAttributes } from './message-attributes';

/** Receives with every message attribute. */
export async function receive(
  sqs: SQSClient,
  operation: string,
  input: Omit<ReceiveMessageCommandInput, 'MessageAttributeNames'>,
): Promise<Message[]> {
  const { Messages } = await atBoundary(operation, () =>
    sqs.send(new ReceiveMessageCommand({ ...input, MessageAttributeNames: ['All'] })),
  );
  return Messages ?? [];
}

/** Sends a received message's body, verbatim, to `queueUrl` with `attributes`. */
export async function sendCopy(
  sqs: SQSClient,
  operation: string,
  queueUrl: string,
  message: Message,
  attributes: MessageAttributes,
): Promise<void> {
  await atBoundary(operation, () =>
    sqs.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: message.Body,
        MessageAttributes: attributes,
      }),
    ),
  );
}

/** Only once the message's outcome is durable: it must not come back. */
export async function deleteReceived(sqs: SQSClient, queueUrl: string, message: Message): Promise<void> {
  await atBoundary(`delete message ${message.MessageId}`, () =>
    sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle })),
  );
}

/** Hides a received message for `seconds` from now before SQS delivers it again. */
export async function hideReceived(
  sqs: SQSClient,
  queueUrl: string,
  message: Message,
  seconds: number,
): Promise<void> {
  await atBoundary(`change visibility of message ${message.MessageId}`, () =>
    sqs.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: queueUrl,
        ReceiptHandle: message.ReceiptHandle,
        VisibilityTimeout: seconds,
      }),
    ),
  );
}

/** `ApproximateReceiveCount` (1 for the first delivery); 0 when SQS did not say. */
export function receiveCountOf(message: Message): number {
  const count = Number(message.Attributes?.ApproximateReceiveCount);
  return Number.isSafeInteger(count) && count > 0 ? count : 0;
}
