import { setTimeout as sleep } from 'node:timers/promises';
import type { Message, SQSClient } from '@aws-sdk/client-sqs';
import { isSystemError } from '@ptpu/domain';
import { withLogContext, type Logger } from '@ptpu/platform';
import type { Counter, Histogram } from 'prom-client';
import { Consumer } from 'sqs-consumer';
import { deleteReceived, hideReceived, receiveCountOf } from '../sqs/message-receipts';
import type { QueuePair } from '../sqs/queue-pair';
import type { QueueSettings } from '../sqs/queue-attributes';
import { errorVisibilitySeconds } from './error-visibility';
import { pollerBatchSizes } from './poller-batch-sizes';

/**
 * What the app does with one message of its queue; the consumer does the rest. `Outcome` is the app's union of
 * durable outcomes; a transient failure has none: `handle` throws it. `Read` is the message parsed, once.
 */
export interface MessageHandler<Outcome extends { kind: string }, Read> {
  /** Never throws: what cannot be read is an outcome of `handle`. */
  read(message: Message): Read;
  /** What every line logged for the message starts with; `handle` may add more with `addLogContext`. */
  logContextOf(read: Read): Record<string, unknown>;
  /** Makes the outcome durable before resolving, so the message may be deleted. */
  handle(read: Read, message: Message): Promise<Outcome>;
  /** The handled counter's `reason` label. */
  reasonOf(outcome: Outcome): string;
  logOutcome(outcome: Outcome, logger: Logger): void;
}

/** Labelled by outcome: the handler's kinds and `transient`. `received` counts redeliveries too. */
export interface ConsumerMetrics {
  received: Counter;
  handled: Counter<'outcome' | 'reason'>;
  handlingSeconds: Histogram<'outcome'>;
}

interface EventConsumerOptions<Outcome extends { kind: string }, Read> {
  /** For the log lines: `prison event` logs "prison event consumer started". */
  name: string;
  sqs: SQSClient;
  queues: QueuePair;
  settings: QueueSettings;
  /** `PTPU_CONSUMER_CONCURRENCY`: messages handled at once. */
  concurrency: number;
  /** `PTPU_ERROR_VISIBILITY`, in ms: the back-off of a message that failed for a transient reason. */
  errorVisibilityMs: readonly number[];
  handler: MessageHandler<Outcome, Read>;
  metrics: ConsumerMetrics;
  logger: Logger;
}

/** The long poll of every receive; the SQS client's request timeout is set to outlast it. */
export const RECEIVE_WAIT_SECONDS = 20;

/**
 * One queue's consumer: sqs-consumer polls (and extends a slow message's visibility); this class settles each
 * message itself, so on shutdown the receives can be aborted at once while the messages held are still settled.
 */
export class EventConsumer<Outcome extends { kind: string }, Read> {
  private readonly pollers: Consumer[];
  private readonly inFlight = new Set<Promise<boolean>>();
  private readonly backoff = new ReceiveBackoff();
  private stopping = false;

  constructor(private readonly options: EventConsumerOptions<Outcome, Read>) {
    const visibility = options.settings.visibilityTimeoutSeconds;
    this.pollers = pollerBatchSizes(options.concurrency).map((batchSize) =>
      Consumer.create({
        sqs: options.sqs,
        queueUrl: options.queues.queueUrl,
        batchSize,
        waitTimeSeconds: RECEIVE_WAIT_SECONDS,
        messageSystemAttributeNames: ['ApproximateReceiveCount'],
        messageAttributeNames: ['All'],
        shouldDeleteMessages: false,
        ...(visibility > 0 && { visibilityTimeout: visibility, heartbeatInterval: visibility / 3 }),
        preReceiveMessageCallback: () => this.backoff.wait(),
        postReceiveMessageCallback: async () => this.backoff.succeeded(),
        handleMessage: async (message) => ((await this.track(this.settle(message))) ? message : undefined),
      }),
    );
    for (const poller of this.pollers)
      poller.on('error', (error, message) => this.onPollerError(error, message));
  }

  start(): void {
    this.stopping = false;
    this.backoff.reset();
    for (const poller of this.pollers) poller.start();
    const { logger, queues, concurrency, name } = this.options;
    logger.info(
      { queueUrl: queues.queueUrl, pollers: this.pollers.length, concurrency },
      `${name} consumer started`,
    );
  }

  /** Stops receiving (an open long poll is aborted) and resolves once every message received is settled. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.backoff.cancel();
    for (const poller of this.pollers) poller.stop({ abort: true });
    // A receive answered just before the abort may still hand over messages: wait for those as well.
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    this.options.logger.info(`${this.options.name} consumer stopped; in-flight messages settled`);
  }

  /** Deletes the message once its outcome is durable, or hides it for its back-off. Never throws; true: deleted. */
  private async settle(message: Message): Promise<boolean> {
    const { handler, metrics } = this.options;
    metrics.received.inc();
    const receiveCount = receiveCountOf(message);
    const read = handler.read(message);
    const context = { ...handler.logContextOf(read), sqsMessageId: message.MessageId, receiveCount };
    return withLogContext(context, async () => {
      const stopTimer = metrics.handlingSeconds.startTimer();
      let outcome: Outcome;
      try {
        outcome = await handler.handle(read, message);
      } catch (error) {
        stopTimer({ outcome: 'transient' });
        metrics.handled.inc({ outcome: 'transient', reason: 'transient' });
        await this.leaveOnQueue(message, receiveCount, error);
        return false;
      }
      stopTimer({ outcome: outcome.kind });
      metrics.handled.inc({ outcome: outcome.kind, reason: handler.reasonOf(outcome) });
      handler.logOutcome(outcome, this.options.logger);
      return this.deleteSettled(message);
    });
  }

  private async deleteSettled(message: Message): Promise<boolean> {
    const { sqs, queues, logger } = this.options;
    try {
      await deleteReceived(sqs, queues.queueUrl, message);
      return true;
    } catch (error) {
      // The outcome is already durable: a redelivery finds it done (a duplicate) or is dead-lettered again.
      logger.warn({ err: error }, 'could not delete a settled message; it will be delivered again');
      return false;
    }
  }

  private async leaveOnQueue(message: Message, receiveCount: number, error: unknown): Promise<void> {
    const { sqs, queues, logger, errorVisibilityMs } = this.options;
    const { maxReceiveCount } = this.options.settings;
    const retryInSeconds = errorVisibilitySeconds(receiveCount, errorVisibilityMs, maxReceiveCount);
    const lastAttempt = maxReceiveCount !== undefined && receiveCount >= maxReceiveCount;
    const expected = isSystemError(error) && error.retryable && !lastAttempt;
    logger[expected ? 'warn' : 'error'](
      { err: error, reason: 'transient', retryInSeconds, lastAttempt },
      lastAttempt
        ? 'event failed on its last attempt; SQS moves it to the DLQ'
        : 'event failed; left on the queue',
    );
    try {
      await hideReceived(sqs, queues.queueUrl, message, retryInSeconds);
    } catch (visibilityError) {
      logger.warn({ err: visibilityError }, 'could not set the retry back-off; the queue default applies');
    }
  }

  private track(settling: Promise<boolean>): Promise<boolean> {
    this.inFlight.add(settling);
    return settling.finally(() => this.inFlight.delete(settling));
  }

  private onPollerError(error: Error, message: Message | Message[] | undefined): void {
    if (this.stopping && isAbort(error)) return;
    if (message === undefined) this.backoff.failed();
    const sqsMessageIds = [message ?? []].flat().map((m) => m.MessageId);
    this.options.logger.error({ err: error, sqsMessageIds }, `${this.options.name} queue request failed`);
  }
}

function isAbort(error: Error): boolean {
  const cause = (error as { cause?: { name?: string } }).cause;
  return error.name === 'AbortError' || cause?.name === 'AbortError';
}

const FIRST_DELAY_MS = 200;
const MAX_DELAY_MS = 10_000;

/**
 * Pauses the polling loop after failed receives, doubling up to 10 s, so an SQS outage is not hammered in a
 * tight loop (sqs-consumer polls again at once after most errors). Cancelled on shutdown.
 */
export class ReceiveBackoff {
  private failures = 0;
  private controller = new AbortController();

  failed(): void {
    this.failures += 1;
  }

  succeeded(): void {
    this.failures = 0;
  }

  /** Resolves at once after a success, otherwise after the back-off (or at once when cancelled). */
  async wait(): Promise<void> {
    if (this.failures === 0) return;
    const delay = Math.min(FIRST_DELAY_MS * 2 ** (this.failures - 1), MAX_DELAY_MS);
    // A cancelled pause rejects with an AbortError: that is its end, not a failure.
    await sleep(delay, undefined, { signal: this.controller.signal }).catch(() => undefined);
  }

  /** Ends any pause now and every later one. */
  cancel(): void {
    this.controller.abort();
  }

  reset(): void {
    this.failures = 0;
    this.controller = new AbortController();
  }
}
