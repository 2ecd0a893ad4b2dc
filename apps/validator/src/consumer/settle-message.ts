import type { Message, SQSClient } from '@aws-sdk/client-sqs';
import { isSystemError, parseEventMessage, type ParsedEventMessage } from '@ptpu/domain';
import { withLogContext, type Logger } from '@ptpu/platform';
import type { ValidatorMetrics } from '../metrics';
import { deleteReceived, hideReceived, receiveCountOf } from '../queues/message-receipts';
import { errorVisibilitySeconds } from './error-visibility';
import { handleEventMessage, type EventHandlerDeps, type HandlingOutcome } from './handle-event-message';

export interface SettleMessageDeps extends EventHandlerDeps {
  sqs: SQSClient;
  queueUrl: string;
  /** `PTPU_ERROR_VISIBILITY`, in milliseconds. */
  errorVisibilityMs: readonly number[];
  maxReceiveCount: number | undefined;
  metrics: ValidatorMetrics;
  logger: Logger;
}

/**
 * Settles one delivery: its outcome is made durable and then the message is deleted, or, after a transient
 * failure, it is left on the queue hidden for the back-off of its receive count. Never throws; resolves true
 * when the message was deleted.
 */
export function createMessageSettler(deps: SettleMessageDeps): (message: Message) => Promise<boolean> {
  return async (message) => {
    deps.metrics.received.inc();
    const parsed = parseEventMessage(message.Body ?? '');
    const receiveCount = receiveCountOf(message);
    return withLogContext(logContextOf(message, parsed, receiveCount), async () => {
      const stopTimer = deps.metrics.handlingSeconds.startTimer();
      let outcome: HandlingOutcome;
      try {
        outcome = await handleEventMessage(parsed, message, deps);
      } catch (error) {
        stopTimer({ outcome: 'transient' });
        deps.metrics.handled.inc({ outcome: 'transient', reason: 'transient' });
        await leaveOnQueue(message, receiveCount, error, deps);
        return false;
      }
      stopTimer({ outcome: outcome.kind });
      // A poison message's own reason is free text, so it goes in the log line only.
      const reason = outcome.kind === 'ignored' ? outcome.reason : outcome.kind;
      deps.metrics.handled.inc({ outcome: outcome.kind, reason });
      logOutcome(outcome, deps.logger);
      return deleteSettled(message, deps);
    });
  };
}

function logContextOf(message: Message, parsed: ParsedEventMessage, receiveCount: number) {
  return {
    messageId: parsed.messageId,
    eventType: parsed.kind === 'poison' ? undefined : parsed.eventType,
    // An operator searches the log by booking or prisoner; the NOMS number joins once the booking is read.
    bookingId: parsed.kind === 'handled' ? parsed.event.bookingId : undefined,
    sqsMessageId: message.MessageId,
    receiveCount,
  };
}

function logOutcome(outcome: HandlingOutcome, logger: Logger): void {
  switch (outcome.kind) {
    case 'stored':
      return logger.info({ reason: 'stored' }, 'event stored for processing');
    case 'duplicate':
      return logger.info({ reason: 'duplicate' }, 'event already stored by an earlier delivery');
    case 'ignored':
      return logger.info({ reason: outcome.reason, description: outcome.description }, 'event ignored');
    case 'poison':
      return logger.warn(
        { reason: 'poison', rejectReason: outcome.reason },
        'poison message moved to the DLQ',
      );
  }
}

async function deleteSettled(message: Message, deps: SettleMessageDeps): Promise<boolean> {
  try {
    await deleteReceived(deps.sqs, deps.queueUrl, message);
    return true;
  } catch (error) {
    // The outcome is already durable: a redelivery finds the row (duplicate) or is dead-lettered again.
    deps.logger.warn({ err: error }, 'could not delete a settled message; it will be delivered again');
    return false;
  }
}

async function leaveOnQueue(message: Message, receiveCount: number, error: unknown, deps: SettleMessageDeps) {
  const retryInSeconds = errorVisibilitySeconds(receiveCount, deps.errorVisibilityMs, deps.maxReceiveCount);
  const lastAttempt = deps.maxReceiveCount !== undefined && receiveCount >= deps.maxReceiveCount;
  const expected = isSystemError(error) && error.retryable && !lastAttempt;
  deps.logger[expected ? 'warn' : 'error'](
    { err: error, reason: 'transient', retryInSeconds, lastAttempt },
    lastAttempt
      ? 'event failed on its last attempt; SQS moves it to the DLQ'
      : 'event failed; left on the queue',
  );
  try {
    await hideReceived(deps.sqs, deps.queueUrl, message, retryInSeconds);
  } catch (visibilityError) {
    deps.logger.warn({ err: visibilityError }, 'could not set the retry back-off; the queue default applies');
  }
}
