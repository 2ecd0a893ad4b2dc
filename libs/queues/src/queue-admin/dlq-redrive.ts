import type { Message, SQSClient } from '@aws-sdk/client-sqs';
import {
  REJECT_REASON_ATTRIBUTE,
  redriveCountOf,
  resendableAttributes,
  withRedriveCount,
} from '../sqs/message-attributes';
import { deleteReceived, hideReceived, receive, sendCopy } from '../sqs/message-receipts';
import { visibleMessageCount } from '../sqs/queue-attributes';
import type { QueuePair } from '../sqs/queue-pair';

/** Who asked: an operator redrives everything and resets the count; housekeeping skips parked messages. */
export type RedriveTrigger = 'operator' | 'housekeeping';

/** What the app says a DLQ message carries (the validator: `eventType`, `bookingId`), from its body. */
export type MessageDescription = Readonly<Record<string, string | number>>;

export interface AdministeredQueue extends QueuePair {
  describe(message: Message): MessageDescription;
}

/** One DLQ message as an operator's background redrive lists it, the app's description after its id. */
export interface RedrivenMessage {
  messageId: string;
  /** Why the app sent it to the DLQ itself (poison); absent when SQS moved it after failed receives. */
  rejectReason?: string;
  redriveCount: number;
  result: 'redriven' | 'parked' | 'would-redrive';
  [described: string]: string | number | undefined;
}

export interface RedriveOptions {
  /** At most this many of the messages found; default all of them. */
  limit?: number;
  /** Move nothing: each message is received, told as `would-redrive` and made visible again at the end. */
  dryRun?: boolean;
  onMessage?(message: RedrivenMessage): void;
}

// Long enough to copy a message back; if this pod dies meanwhile, the message reappears on the DLQ.
const REDRIVE_VISIBILITY_SECONDS = 30;

/**
 * Receive, send, delete (SQS's own move cannot carry `ptpu-redrive-count`), only the messages there at the start
 * (at most `limit`), so a poison message that comes straight back is not redriven twice.
 */
export async function redriveDlq(
  sqs: SQSClient,
  queues: AdministeredQueue,
  trigger: RedriveTrigger,
  maxRedrives: number,
  options: RedriveOptions = {},
): Promise<{ found: number; redriven: number; parked: number }> {
  const found = await visibleMessageCount(sqs, queues.dlqUrl);
  const toSee = Math.min(found, options.limit ?? found);
  // Parked, or only looked at in a dry run: made visible again at the end, once no receive can take them twice.
  const left: Message[] = [];
  let seen = 0;
  let redriven = 0;
  let parked = 0;
  while (seen < toSee) {
    const batch = await receive(sqs, 'receive from the DLQ', {
      QueueUrl: queues.dlqUrl,
      MaxNumberOfMessages: Math.min(10, toSee - seen),
      // A short long-poll: a plain short poll may answer "empty" while messages wait on other servers.
      WaitTimeSeconds: 1,
      VisibilityTimeout: REDRIVE_VISIBILITY_SECONDS,
    });
    if (batch.length === 0) break;
    seen += batch.length;
    await Promise.all(
      batch.map(async (message) => {
        const count = redriveCountOf(message.MessageAttributes);
        const rejectReason = message.MessageAttributes?.[REJECT_REASON_ATTRIBUTE]?.StringValue;
        const tell = (result: RedrivenMessage['result']) =>
          options.onMessage?.({
            messageId: message.MessageId ?? '',
            ...queues.describe(message),
            ...(rejectReason && { rejectReason }),
            redriveCount: count,
            result,
          });
        if (trigger === 'housekeeping' && count >= maxRedrives) {
          left.push(message);
          parked += 1;
          return tell('parked');
        }
        if (options.dryRun) {
          left.push(message);
          return tell('would-redrive');
        }
        await sendBack(sqs, queues.queueUrl, message, trigger === 'operator' ? 0 : count + 1);
        await deleteReceived(sqs, queues.dlqUrl, message);
        redriven += 1;
        tell('redriven');
      }),
    );
  }
  await Promise.all(left.map((message) => hideReceived(sqs, queues.dlqUrl, message, 0)));
  return { found, redriven, parked };
}

async function sendBack(sqs: SQSClient, queueUrl: string, message: Message, redriveCount: number) {
  // The reject reason described the last trip to the DLQ; on the queue it would only mislead.
  const { [REJECT_REASON_ATTRIBUTE]: _reason, ...attributes } = resendableAttributes(
    message.MessageAttributes,
  );
  const operation = 'send a DLQ message back to the queue';
  await sendCopy(sqs, operation, queueUrl, message, withRedriveCount(attributes, redriveCount));
}
