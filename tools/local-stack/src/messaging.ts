import { CreateTopicCommand, SubscribeCommand, type SNSClient } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { HANDLED_EVENT_TYPES } from '@ptpu/domain';

export interface MessagingNames {
  /** NOMIS's `offender_events` topic (locally our own). */
  offenderEventsTopic: string;
  queue: string;
  dlq: string;
  /** HMPPS `domain_events` topic the processor publishes to. */
  domainEventsTopic: string;
}

export const DEFAULT_MESSAGING_NAMES: MessagingNames = {
  offenderEventsTopic: 'offender_events',
  queue: 'ptpu-events',
  dlq: 'ptpu-events-dlq',
  domainEventsTopic: 'domain_events',
};

export interface ProvisionedMessaging {
  offenderEventsTopicArn: string;
  domainEventsTopicArn: string;
  queueUrl: string;
  dlqUrl: string;
}

/**
 * Creates (idempotently) what the platform team provisions in AWS: the topic, our queue and its DLQ with a
 * redrive policy, the filtered subscription (SNS envelope, not raw delivery) and the domain events topic.
 */
export async function provisionMessaging(
  sqs: SQSClient,
  sns: SNSClient,
  names: MessagingNames,
  options: { maxReceiveCount?: number; visibilityTimeoutSeconds?: number } = {},
): Promise<ProvisionedMessaging> {
  const offenderEventsTopicArn = await createTopic(sns, names.offenderEventsTopic);
  const domainEventsTopicArn = await createTopic(sns, names.domainEventsTopic);
  const dlqUrl = required(
    (await sqs.send(new CreateQueueCommand({ QueueName: names.dlq }))).QueueUrl,
    'DLQ url',
  );
  const dlqArn = await queueArn(sqs, dlqUrl);
  const created = await sqs.send(
    new CreateQueueCommand({
      QueueName: names.queue,
      Attributes: {
        VisibilityTimeout: String(options.visibilityTimeoutSeconds ?? 30),
        RedrivePolicy: JSON.stringify({
          deadLetterTargetArn: dlqArn,
          maxReceiveCount: String(options.maxReceiveCount ?? 3),
        }),
      },
    }),
  );
  const queueUrl = required(created.QueueUrl, 'queue url');
  await sns.send(
    new SubscribeCommand({
      TopicArn: offenderEventsTopicArn,
      Protocol: 'sqs',
      Endpoint: await queueArn(sqs, queueUrl),
      Attributes: { FilterPolicy: JSON.stringify({ eventType: [...HANDLED_EVENT_TYPES] }) },
    }),
  );
  return { offenderEventsTopicArn, domainEventsTopicArn, queueUrl, dlqUrl };
}

async function createTopic(sns: SNSClient, name: string): Promise<string> {
  return required((await sns.send(new CreateTopicCommand({ Name: name }))).TopicArn, `ARN of topic ${name}`);
}

async function queueArn(sqs: SQSClient, queueUrl: string): Promise<string> {
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }),
  );
  return required(Attributes?.QueueArn, `ARN of queue ${queueUrl}`);
}

/** The SDK types every response field as optional; a missing one here means the emulator misbehaved. */
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the SNS/SQS emulator returned no ${what}`);
  return value;
}
