import { SQSClient } from '@aws-sdk/client-sqs';
import { awsClientConfig, type Logger } from '@ptpu/platform';
import { RECEIVE_WAIT_SECONDS, readQueueSettings, resolveQueuePair } from '@ptpu/queues';
import type { RetrierConfig } from '../config';

/** The probation event queue and its DLQ, resolved by name, with its SQS client and settings. */
export async function openProbationQueue(config: RetrierConfig, logger: Logger) {
  // One client for the consumer's long polls and for sends and deletes: its attempts must outlast the poll.
  const sqs = new SQSClient(awsClientConfig(config, 'SQS', { longPollSeconds: RECEIVE_WAIT_SECONDS }));
  const queues = await resolveQueuePair(sqs, {
    queueId: 'probationeventqueue',
    queueName: config.HMPPS_SQS_QUEUES_PROBATIONEVENTQUEUE_QUEUE_NAME,
    dlqName: config.HMPPS_SQS_QUEUES_PROBATIONEVENTQUEUE_DLQ_NAME,
  });
  const settings = await readQueueSettings(sqs, queues, logger);
  return { sqs, queues, settings };
}
