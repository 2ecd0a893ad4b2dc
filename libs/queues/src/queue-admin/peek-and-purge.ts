import { PurgeQueueCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { atBoundary } from '@ptpu/aws';
import { receive } from '../sqs/message-receipts';
import { visibleMessageCount } from '../sqs/queue-attributes';

/**
 * hmpps-sqs's `get-dlq-messages` body: up to `maxMessages` DLQ messages, received one at a time with a 1-second
 * visibility timeout, so each is returned once and is back on the DLQ a second later, untouched.
 */
export async function peekDlqMessages(sqs: SQSClient, dlqUrl: string, maxMessages: number) {
  const found = await visibleMessageCount(sqs, dlqUrl);
  const messages = [];
  for (let i = 0; i < Math.min(found, maxMessages); i++) {
    const [message] = await receive(sqs, 'peek at the DLQ', {
      QueueUrl: dlqUrl,
      MaxNumberOfMessages: 1,
      VisibilityTimeout: 1,
      WaitTimeSeconds: 0,
    });
    if (!message) break;
    messages.push({
      messageId: message.MessageId ?? '',
      body: jsonOrText(message.Body ?? ''),
      // So an operator sees `ptpu-reject-reason` and `ptpu-redrive-count`.
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

/** Empties a queue; returns how many messages were waiting (hmpps-sqs's `messagesFoundCount`). */
export async function purgeQueue(sqs: SQSClient, queueUrl: string): Promise<{ messagesFoundCount: number }> {
  const messagesFoundCount = await visibleMessageCount(sqs, queueUrl);
  await atBoundary(`purge ${queueUrl}`, () => sqs.send(new PurgeQueueCommand({ QueueUrl: queueUrl })));
  return { messagesFoundCount };
}

function jsonOrText(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
