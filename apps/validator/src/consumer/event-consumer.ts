import type { Message, SQSClient } from '@aws-sdk/client-sqs';
import type { Logger } from '@ptpu/platform';
import { Consumer } from 'sqs-consumer';
import { pollerBatchSizes } from './poller-batch-sizes';
import { ReceiveBackoff } from './receive-backoff';

export interface EventConsumerOptions {
  sqs: SQSClient;
  queueUrl: string;
  /** `PTPU_CONSUMER_CONCURRENCY`: messages handled at once. */
  concurrency: number;
  /** The queue's own visibility timeout; a message still being handled is kept hidden that long again. */
  visibilityTimeoutSeconds: number;
  /** Settles one message (see `createMessageSettler`); resolves true when it was deleted, never throws. */
  settle(message: Message): Promise<boolean>;
  logger: Logger;
}

/** The long poll of every receive; the SQS client's request timeout is set to outlast it. */
export const RECEIVE_WAIT_SECONDS = 20;

/**
 * sqs-consumer runs the polling loops (long polls, batches handled side by side, a heartbeat that extends the
 * visibility of a message still being handled); `settle` decides, deletes and backs off itself, so that on
 * shutdown the receives can be aborted at once while the messages already received are still settled.
 */
export class EventConsumer {
  private readonly pollers: Consumer[];
  private readonly inFlight = new Set<Promise<boolean>>();
  private readonly backoff = new ReceiveBackoff();
  private stopping = false;

  constructor(private readonly options: EventConsumerOptions) {
    const visibility = options.visibilityTimeoutSeconds;
    this.pollers = pollerBatchSizes(options.concurrency).map((batchSize) =>
      Consumer.create({
        sqs: options.sqs,
        queueUrl: options.queueUrl,
        batchSize,
        waitTimeSeconds: RECEIVE_WAIT_SECONDS,
        messageSystemAttributeNames: ['ApproximateReceiveCount'],
        messageAttributeNames: ['All'],
        shouldDeleteMessages: false,
        ...(visibility > 0 && { visibilityTimeout: visibility, heartbeatInterval: visibility / 3 }),
        preReceiveMessageCallback: () => this.backoff.wait(),
        postReceiveMessageCallback: async () => this.backoff.succeeded(),
        handleMessage: async (message) => ((await this.track(options.settle(message))) ? message : undefined),
      }),
    );
    for (const poller of this.pollers)
      poller.on('error', (error, message) => this.onPollerError(error, message));
  }

  start(): void {
    this.stopping = false;
    this.backoff.reset();
    for (const poller of this.pollers) poller.start();
    this.options.logger.info(
      {
        queueUrl: this.options.queueUrl,
        pollers: this.pollers.length,
        concurrency: this.options.concurrency,
      },
      'prison event consumer started',
    );
  }

  /** Aborts an open long poll, then waits until every message already received is settled. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.backoff.cancel();
    for (const poller of this.pollers) poller.stop({ abort: true });
    // A receive answered just before the abort may still hand over messages: wait for those as well.
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    this.options.logger.info('prison event consumer stopped; in-flight messages settled');
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
    this.options.logger.error({ err: error, sqsMessageIds: messageIds }, 'prison event queue request failed');
  }
}

function isAbort(error: Error): boolean {
  const cause = (error as { cause?: { name?: string } }).cause;
  return error.name === 'AbortError' || cause?.name === 'AbortError';
}
