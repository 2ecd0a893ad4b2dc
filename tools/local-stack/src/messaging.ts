import { CreateTopicCommand, SubscribeCommand, type SNSClient } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { HANDLED_EVENT_TYPES, PRISON_DOMAIN_EVENT_TWINS, PROBATION_EVENT_TYPES } from '@ptpu/domain';

export interface MessagingNames {
  /** NOMIS's `offender_events` topic (locally our own). */
  offenderEventsTopic: string;
  queue: string;
  dlq: string;
  /** HMPPS `domain_events` topic the processor publishes to, and the prison queue also hears. */
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
 * Creates (idempotently) what the platform team provisions in AWS: the topics, our queue and its DLQ with a
 * redrive policy, and the queue's two filtered subscriptions (SNS envelope, not raw delivery): the classic
 * prison events, and the HMPPS domain events that are their twins.
 */
export async function provisionMessaging(
  sqs: SQSClient,
  sns: SNSClient,
  names: MessagingNames,
  options: { maxReceiveCount?: number; visibilityTimeoutSeconds?: number } = {},
): Promise<ProvisionedMessaging> {
  const offenderEventsTopicArn = await createTopic(sns, names.offenderEventsTopic);
  const domainEventsTopicArn = await createTopic(sns, names.domainEventsTopic);
  const { queueUrl, dlqUrl } = await createQueueWithDlq(sqs, names.queue, names.dlq, options);
  await subscribe(sns, offenderEventsTopicArn, await queueArn(sqs, queueUrl), HANDLED_EVENT_TYPES);
  await subscribe(
    sns,
    domainEventsTopicArn,
    await queueArn(sqs, queueUrl),
    Object.keys(PRISON_DOMAIN_EVENT_TWINS),
  );
  return { offenderEventsTopicArn, domainEventsTopicArn, queueUrl, dlqUrl };
}

export interface ProbationMessagingNames {
  /** Delius's `probation-offender-events` topic (locally our own). */
  probationEventsTopic: string;
  probationQueue: string;
  probationDlq: string;
}

export const DEFAULT_PROBATION_MESSAGING_NAMES: ProbationMessagingNames = {
  probationEventsTopic: 'probation_offender_events',
  probationQueue: 'ptpu-probation-events',
  probationDlq: 'ptpu-probation-events-dlq',
};

export interface ProvisionedProbationMessaging {
  probationEventsTopicArn: string;
  probationQueueUrl: string;
  probationDlqUrl: string;
}

/** The probation event queue and its DLQ, subscribed to the probation topic for the events the retrier acts on. */
export async function provisionProbationMessaging(
  sqs: SQSClient,
  sns: SNSClient,
  names: ProbationMessagingNames,
  options: { maxReceiveCount?: number; visibilityTimeoutSeconds?: number } = {},
): Promise<ProvisionedProbationMessaging> {
  const probationEventsTopicArn = await createTopic(sns, names.probationEventsTopic);
  const created = await createQueueWithDlq(sqs, names.probationQueue, names.probationDlq, options);
  await subscribe(sns, probationEventsTopicArn, await queueArn(sqs, created.queueUrl), PROBATION_EVENT_TYPES);
  return { probationEventsTopicArn, probationQueueUrl: created.queueUrl, probationDlqUrl: created.dlqUrl };
}

/** A queue whose messages move to its DLQ after `maxReceiveCount` receives (default 3, as hmpps-sqs sets). */
async function createQueueWithDlq(
  sqs: SQSClient,
  queue: string,
  dlq: string,
  options: { maxReceiveCount?: number; visibilityTimeoutSeconds?: number },
): Promise<{ queueUrl: string; dlqUrl: string }> {
  const dlqUrl = required((await sqs.send(new CreateQueueCommand({ QueueName: dlq }))).QueueUrl, 'DLQ url');
  const dlqArn = await queueArn(sqs, dlqUrl);
  const created = await sqs.send(
    new CreateQueueCommand({
      QueueName: queue,
      Attributes: {
        VisibilityTimeout: String(options.visibilityTimeoutSeconds ?? 30),
        RedrivePolicy: JSON.stringify({
          deadLetterTargetArn: dlqArn,
          maxReceiveCount: String(options.maxReceiveCount ?? 3),
        }),
      },
    }),
  );
  return { queueUrl: required(created.QueueUrl, 'queue url'), dlqUrl };
}

async function subscribe(sns: SNSClient, TopicArn: string, Endpoint: string, eventTypes: readonly string[]) {
  await sns.send(
    new SubscribeCommand({
      TopicArn,
      Protocol: 'sqs',
      Endpoint,
      Attributes: { FilterPolicy: JSON.stringify({ eventType: [...eventTypes] }) },
    }),
  );
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
