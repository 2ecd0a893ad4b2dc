import type { Message, SQSClient } from '@aws-sdk/client-sqs';
import type { Logger } from '@ptpu/platform';
import { Consumer } from 'sqs-consumer';
import type { QueuePair } from '../sqs/queue-pair';
import type { QueueSettings } from '../sqs/queue-settings';
import { pollerBatchSizes } from './poller-batch-sizes';
import { ReceiveBackoff } from './receive-backoff';
import { createMessageSettler, type ConsumerMetrics, type MessageHandler } from './settle-message';

export interface EventConsumerOptions<Outcome extends { kind: string }, Read> {
  /** What the queue carries, for the log lines: `prison event` logs "prison event consumer started". */
  name: string;
  sqs: SQSClient;
  queues: QueuePair;
  /** Read at start-up (`readQueueSettings`). */
  settings: QueueSettings;
  /** `PTPU_CONSUMER_CONCURRENCY`: messages handled at once. */
  concurrency: number;
  /** `PTPU_ERROR_VISIBILITY`, in milliseconds: the back-off of a message that failed for a transient reason. */
  errorVisibilityMs: readonly number[];
  /** The app's part of settling a message: its outcome, its log context and its log line. */
  handler: MessageHandler<Outcome, Read>;
  metrics: ConsumerMetrics;
  logger: Logger;
}

/** The long poll of every receive; the SQS client's request timeout is set to outlast it. */
export const RECEIVE_WAIT_SECONDS = 20;

/**
 * One queue's consumer. sqs-consumer runs the polling loops (long polling, batches of up to 10, messages of a
 * batch handled side by side, a heartbeat that extends the visibility of a message still being handled); the
 * settle loop (`createMessageSettler`, around the app's handler) decides, deletes and backs off itself, so that
 * on shutdown the receives can be aborted at once while the messages already received are still finished and
 * deleted.
 */
export class EventConsumer<Outcome extends { kind: string }, Read> {
  private readonly pollers: Consumer[];
  private readonly inFlight = new Set<Promise<boolean>>();
  private readonly backoff = new ReceiveBackoff();
  private stopping = false;

  constructor(private readonly options: EventConsumerOptions<Outcome, Read>) {
    const visibility = options.settings.visibilityTimeoutSeconds;
    const queueUrl = options.queues.queueUrl;
    const settle = createMessageSettler({
      sqs: options.sqs,
      queueUrl,
      handler: options.handler,
      errorVisibilityMs: options.errorVisibilityMs,
      maxReceiveCount: options.settings.maxReceiveCount,
      metrics: options.metrics,
      logger: options.logger,
    });
    this.pollers = pollerBatchSizes(options.concurrency).map((batchSize) =>
      Consumer.create({
        sqs: options.sqs,
        queueUrl,
        batchSize,
        waitTimeSeconds: RECEIVE_WAIT_SECONDS,
        messageSystemAttributeNames: ['ApproximateReceiveCount'],
        messageAttributeNames: ['All'],
        shouldDeleteMessages: false,
        ...(visibility > 0 && { visibilityTimeout: visibility, heartbeatInterval: visibility / 3 }),
        preReceiveMessageCallback: () => this.backoff.wait(),
        postReceiveMessageCallback: async () => this.backoff.succeeded(),
        handleMessage: async (message) => ((await this.track(settle(message))) ? message : undefined),
      }),
    );
    for (const poller of this.pollers)
      poller.on('error', (error, message) => this.onPollerError(error, message));
  }

  /** Starts every poller. */
  start(): void {
    this.stopping = false;
    this.backoff.reset();
    for (const poller of this.pollers) poller.start();
    this.options.logger.info(
      {
        queueUrl: this.options.queues.queueUrl,
        pollers: this.pollers.length,
        concurrency: this.options.concurrency,
      },
      `${this.options.name} consumer started`,
    );
  }

  /**
   * Stops receiving (an open long poll is aborted) and resolves once every message already received has been
   * settled, so none is left half-handled.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    this.backoff.cancel();
    for (const poller of this.pollers) poller.stop({ abort: true });
    // A receive answered just before the abort may still hand over messages: wait for those as well.
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    this.options.logger.info(`${this.options.name} consumer stopped; in-flight messages settled`);
  }

  private async track(settling: Promise<boolean>): Promise<boolean> {
    this.inFlight.add(settling);
    try {
      return await settling;
    } finally {
      this.inFlight.delete(settling);
    }
  }

  private onPollerError(error: Error, message: Message | Message[] | undefined): void {
    if (this.stopping && isAbort(error)) return;
    if (message === undefined) this.backoff.failed();
    const messageIds = [message ?? []].flat().map((m) => m.MessageId);
    this.options.logger.error(
      { err: error, sqsMessageIds: messageIds },
      `${this.options.name} queue request failed`,
    );
  }
}

function isAbort(error: Error): boolean {
  const cause = (error as { cause?: { name?: string } }).cause;
  return error.name === 'AbortError' || cause?.name === 'AbortError';
}
