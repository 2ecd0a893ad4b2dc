import { GetQueueUrlCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { atBoundary } from '@ptpu/aws';

/** The prison event queue and its DLQ (hmpps-sqs queue id `prisoneventqueue`), by name and URL. */
export interface EventQueues {
  queueName: string;
  queueUrl: string;
  dlqName: string;
  dlqUrl: string;
}

/** Looks the configured queues up by name, as hmpps-sqs does; a missing queue stops the app at start-up. */
export async function resolveEventQueues(
  sqs: SQSClient,
  names: { queueName: string; dlqName: string },
): Promise<EventQueues> {
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
