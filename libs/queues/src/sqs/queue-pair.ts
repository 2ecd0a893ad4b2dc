import { GetQueueUrlCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { atBoundary } from '@ptpu/aws';

/** An hmpps-sqs queue and its DLQ (`HMPPS_SQS_QUEUES_<ID>_QUEUE_NAME` / `_DLQ_NAME`). */
export interface QueuePair {
  /** hmpps-sqs's queue id (`prisoneventqueue`): names the queue's /health component. */
  queueId: string;
  queueName: string;
  dlqName: string;
  queueUrl: string;
  dlqUrl: string;
}

/** Looks the configured queues up by name, as hmpps-sqs does; a missing queue stops the app at start-up. */
export async function resolveQueuePair(
  sqs: SQSClient,
  names: Omit<QueuePair, 'queueUrl' | 'dlqUrl'>,
): Promise<QueuePair> {
  const [queueUrl, dlqUrl] = await Promise.all([
    queueUrlOf(sqs, names.queueName),
    queueUrlOf(sqs, names.dlqName),
  ]);
  return { ...names, queueUrl, dlqUrl };
}

async function queueUrlOf(sqs: SQSClient, QueueName: string): Promise<string> {
  const { QueueUrl } = await atBoundary(`find queue ${QueueName}`, () =>
    sqs.send(new GetQueueUrlCommand({ QueueName })),
  );
  if (!QueueUrl) throw new Error(`SQS returned no URL for queue ${QueueName}`);
  return QueueUrl;
}
