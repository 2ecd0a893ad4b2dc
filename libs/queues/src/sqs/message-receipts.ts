import {
  ChangeMessageVisibilityCommand,
  DeleteMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { atBoundary } from '@ptpu/aws';

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
