import { SQSClient } from '@aws-sdk/client-sqs';
import { awsClientConfig, type AwsSettings, type Logger } from '@ptpu/platform';
import { RECEIVE_WAIT_SECONDS } from './consumer/event-consumer';
import { queueHealth } from './health/queue-health';
import { sqsDeadLetterQueue } from './sqs/dead-letter';
import { readQueueSettings } from './sqs/queue-attributes';
import { resolveQueuePair, type QueuePair } from './sqs/queue-pair';

/** An app's SQS client and hmpps-sqs queue pair, with the queue's settings, `/health` component and DLQ. */
export async function openQueuePair(
  config: AwsSettings,
  logger: Logger,
  names: Omit<QueuePair, 'queueUrl' | 'dlqUrl'>,
) {
  // One client for the consumer's long polls and for sends and deletes: its attempts must outlast the poll.
  const sqs = new SQSClient(awsClientConfig(config, 'SQS', { longPollSeconds: RECEIVE_WAIT_SECONDS }));
  const queues = await resolveQueuePair(sqs, names);
  const settings = await readQueueSettings(sqs, queues, logger);
  return {
    sqs,
    queues,
    settings,
    health: queueHealth(sqs, queues),
    deadLetters: sqsDeadLetterQueue(sqs, queues.dlqUrl),
  };
}
