import { ReceiveMessageCommand, SendMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import { atBoundary } from '@ptpu/aws';
import type { EventQueues } from '../queues/event-queues';
import {
  REJECT_REASON_ATTRIBUTE,
  redriveCountOf,
  resendableAttributes,
  withRedriveCount,
} from '../queues/message-attributes';
import { deleteReceived, hideReceived } from '../queues/message-receipts';
import { visibleMessageCount } from '../queues/queue-attributes';

/** Who asked: an operator redrives everything and resets the count; housekeeping skips parked messages. */
export type RedriveTrigger = 'operator' | 'housekeeping';

export interface RedriveResult {
  /** Messages on the DLQ when the redrive started (hmpps-sqs's `messagesFoundCount`). */
  found: number;
  redriven: number;
  /** Left on the DLQ: their redrive count reached the limit (housekeeping only). */
  parked: number;
}

// Long enough to copy a message back; if this pod dies meanwhile, the message reappears on the DLQ.
const REDRIVE_VISIBILITY_SECONDS = 30;

/**
 * Moves the DLQ's messages back to the queue by receive, send, delete (not SQS's native move task, which
 * cannot carry a count), each copy carrying `ptpu-redrive-count`. Only the messages there at the start are
 * considered, so a poison message that comes straight back during the run is not redriven twice. Parked
 * messages are made visible again at the end, for operators to inspect.
 */
export async function redriveDlq(
  sqs: SQSClient,
  queues: EventQueues,
  trigger: RedriveTrigger,
  maxRedrives: number,
): Promise<RedriveResult> {
  const found = await visibleMessageCount(sqs, queues.dlqUrl);
  const parked: Message[] = [];
  let seen = 0;
  while (seen < found) {
    const batch = await receiveFromDlq(sqs, queues.dlqUrl, Math.min(10, found - seen));
    if (batch.length === 0) break;
    seen += batch.length;
    await Promise.all(
      batch.map(async (message) => {
        const count = redriveCountOf(message.MessageAttributes);
        if (trigger === 'housekeeping' && count >= maxRedrives) {
          parked.push(message);
          return;
        }
        await sendBack(sqs, queues.queueUrl, message, trigger === 'operator' ? 0 : count + 1);
        await deleteReceived(sqs, queues.dlqUrl, message);
      }),
    );
  }
  await Promise.all(parked.map((message) => hideReceived(sqs, queues.dlqUrl, message, 0)));
  return { found, redriven: seen - parked.length, parked: parked.length };
}

async function receiveFromDlq(sqs: SQSClient, dlqUrl: string, max: number): Promise<Message[]> {
  const { Messages } = await atBoundary('receive from the DLQ', () =>
    sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: dlqUrl,
        MaxNumberOfMessages: max,
        // A short long-poll: a plain short poll may answer "empty" while messages wait on other servers.
        WaitTimeSeconds: 1,
        VisibilityTimeout: REDRIVE_VISIBILITY_SECONDS,
        MessageAttributeNames: ['All'],
      }),
    ),
  );
  return Messages ?? [];
}

async function sendBack(
  sqs: SQSClient,
  queueUrl: string,
  message: Message,
  redriveCount: number,
): Promise<void> {
  // The reject reason described the last trip to the DLQ; on the queue it would only mislead.
  const { [REJECT_REASON_ATTRIBUTE]: _reason, ...attributes } = resendableAttributes(
    message.MessageAttributes,
  );
  await atBoundary('send a DLQ message back to the queue', () =>
    sqs.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: message.Body,
        MessageAttributes: withRedriveCount(attributes, redriveCount),
      }),
    ),
  );
}
