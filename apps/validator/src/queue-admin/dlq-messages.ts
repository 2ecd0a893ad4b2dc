import { ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { atBoundary } from '@ptpu/aws';
import { visibleMessageCount } from '../queues/event-queues';

interface DlqMessage {
  messageId: string;
  /** The body as JSON, or as the raw text when it is not JSON (poison messages often are not). */
  body: unknown;
  /** The message attributes' values, so an operator sees `ptpu-reject-reason` and `ptpu-redrive-count`. */
  messageAttributes: Record<string, string>;
}

/**
 * As hmpps-sqs does: one receive at a time with a 1-second visibility timeout, so each is returned once and is
 * back on the DLQ a second later, untouched.
 */
export async function peekDlqMessages(sqs: SQSClient, dlqUrl: string, maxMessages: number) {
  const found = await visibleMessageCount(sqs, dlqUrl);
  const messages: DlqMessage[] = [];
  for (let i = 0; i < Math.min(found, maxMessages); i++) {
    const { Messages } = await atBoundary('peek at the DLQ', () =>
      sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: dlqUrl,
          MaxNumberOfMessages: 1,
          VisibilityTimeout: 1,
          WaitTimeSeconds: 0,
          MessageAttributeNames: ['All'],
        }),
      ),
    );
    const message = Messages?.[0];
    if (!message) break;
    messages.push({
      messageId: message.MessageId ?? '',
      body: jsonOrText(message.Body ?? ''),
      messageAttributes: Object.fromEntries(
        Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
          name,
          value.StringValue ?? '',
        ]),
      ),
    });
  }
  return { messagesFoundCount: found, messagesReturnedCount: messages.length, messages };
}

function jsonOrText(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
