import type { Message, SQSClient } from '@aws-sdk/client-sqs';
import { resendableAttributes, withRejectReason } from './message-attributes';
import { sendCopy } from './message-receipts';

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
      const attributes = withRejectReason(resendableAttributes(message.MessageAttributes), reason);
      await sendCopy(sqs, 'send poison message to the DLQ', dlqUrl, message, attributes);
    },
  };
}
