import type { Message, SQSClient } from '@aws-sdk/client-sqs';
import { isSystemError } from '@ptpu/domain';
import { withLogContext, type Logger } from '@ptpu/platform';
import type { Counter, Histogram } from 'prom-client';
import { deleteReceived, hideReceived, receiveCountOf } from '../sqs/message-receipts';
import { errorVisibilitySeconds } from './error-visibility';

/**
 * What the app does with one message of its queue; the settle loop does the rest. `Outcome` is the app's own
 * union of durable outcomes (the validator's `stored | duplicate | ignored | poison`); a transient failure has
 * no outcome: `handle` throws it. `Read` is the message as the app reads it (its body parsed), read once.
 */
export interface MessageHandler<Outcome extends { kind: string }, Read> {
  /** Reads the message; never throws (what cannot be read is an outcome of `handle`). */
  read(message: Message): Read;
  /**
   * The fields every line logged while the message is handled starts with (the settle loop adds
   * `sqsMessageId` and `receiveCount` after them); `handle` may add more with `addLogContext`.
   */
  logContextOf(read: Read): Record<string, unknown>;
  /** Takes the message to its outcome and makes that durable before resolving, so it may be deleted. */
  handle(read: Read, message: Message): Promise<Outcome>;
  /** The `reason` label of the handled counter for this outcome. */
  reasonOf(outcome: Outcome): string;
  /** Logs the one line that says what became of the message. */
  logOutcome(outcome: Outcome, logger: Logger): void;
}

/** The app's instruments for its queue, labelled by outcome (`transient` besides the handler's kinds). */
export interface ConsumerMetrics {
  /** Every SQS delivery, redeliveries included. */
  received: Counter;
  handled: Counter<'outcome' | 'reason'>;
  handlingSeconds: Histogram<'outcome'>;
}

export interface SettleMessageDeps<Outcome extends { kind: string }, Read> {
  sqs: SQSClient;
  queueUrl: string;
  handler: MessageHandler<Outcome, Read>;
  /** `PTPU_ERROR_VISIBILITY`, in milliseconds. */
  errorVisibilityMs: readonly number[];
  /** From the queue's redrive policy. */
  maxReceiveCount: number | undefined;
  metrics: ConsumerMetrics;
  logger: Logger;
}

/**
 * Settles one delivery: its outcome is made durable and then the message is deleted, or, after a transient
 * failure, it is left on the queue hidden for the back-off of its receive count. Never throws; resolves true
 * when the message was deleted. Every line logged meanwhile carries the handler's context for the message.
 */
export function createMessageSettler<Outcome extends { kind: string }, Read>(
  deps: SettleMessageDeps<Outcome, Read>,
): (message: Message) => Promise<boolean> {
  const { handler } = deps;
  return async (message) => {
    deps.metrics.received.inc();
    const receiveCount = receiveCountOf(message);
    const read = handler.read(message);
    const context = { ...handler.logContextOf(read), sqsMessageId: message.MessageId, receiveCount };
    return withLogContext(context, async () => {
      const stopTimer = deps.metrics.handlingSeconds.startTimer();
      let outcome: Outcome;
      try {
        outcome = await handler.handle(read, message);
      } catch (error) {
        stopTimer({ outcome: 'transient' });
        deps.metrics.handled.inc({ outcome: 'transient', reason: 'transient' });
        await leaveOnQueue(message, receiveCount, error, deps);
        return false;
      }
      stopTimer({ outcome: outcome.kind });
      deps.metrics.handled.inc({ outcome: outcome.kind, reason: handler.reasonOf(outcome) });
      handler.logOutcome(outcome, deps.logger);
      return deleteSettled(message, deps);
    });
  };
}

async function deleteSettled(
  message: Message,
  deps: SettleMessageDeps<{ kind: string }, unknown>,
): Promise<boolean> {
  try {
    await deleteReceived(deps.sqs, deps.queueUrl, message);
    return true;
  } catch (error) {
    // The outcome is already durable: a redelivery finds it done (a duplicate) or is dead-lettered again.
    deps.logger.warn({ err: error }, 'could not delete a settled message; it will be delivered again');
    return false;
  }
}

async function leaveOnQueue(
  message: Message,
  receiveCount: number,
  error: unknown,
  deps: SettleMessageDeps<{ kind: string }, unknown>,
) {
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
