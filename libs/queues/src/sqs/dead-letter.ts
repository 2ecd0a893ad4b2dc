import { SendMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import { atBoundary } from '@ptpu/aws';
import { resendableAttributes, withRejectReason } from './message-attributes';

/** For messages no retry could ever handle. */
export interface DeadLetterQueue {
  /** Resolves once the copy is in the DLQ; the caller then deletes the original. */
  send(message: Message, reason: string): Promise<void>;
}

/**
 * Copies the body and attributes (a redrive count survives, so a message that keeps coming back is eventually
 * parked) and adds `ptpu-reject-reason`.
 */
export function sqsDeadLetterQueue(sqs: SQSClient, dlqUrl: string): DeadLetterQueue {
  return {
    async send(message, reason) {
      await atBoundary('send poison message to the DLQ', () =>
        sqs.send(
          new SendMessageCommand({
            QueueUrl: dlqUrl,
            MessageBody: message.Body,
            MessageAttributes: withRejectReason(resendableAttributes(message.MessageAttributes), reason),
          }),
        ),
      );
    },
  };
}
