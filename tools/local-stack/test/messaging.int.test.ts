import { PublishCommand } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { localAwsClients, provisionMessaging, uniqueName, type ProvisionedMessaging } from '../src';

describe('provisionMessaging', () => {
  const aws = localAwsClients();
  const names = {
    offenderEventsTopic: uniqueName('offender_events'),
    queue: uniqueName('events'),
    dlq: uniqueName('events-dlq'),
    domainEventsTopic: uniqueName('domain_events'),
  };
  let provisioned: ProvisionedMessaging;

  beforeAll(async () => {
    provisioned = await provisionMessaging(aws.sqs, aws.sns, names, { maxReceiveCount: 3 });
  });
  afterAll(() => aws.destroy());

  const publish = (eventType: string, body: object) =>
    aws.sns.send(
      new PublishCommand({
        TopicArn: provisioned.offenderEventsTopicArn,
        Message: JSON.stringify(body),
        MessageAttributes: { eventType: { DataType: 'String', StringValue: eventType } },
      }),
    );

  it('when provisioned twice, then the same resources come back', async () => {
    const again = await provisionMessaging(aws.sqs, aws.sns, names);
    expect(again).toEqual(provisioned);
  });

  it('when a handled event is published, then the queue receives it in an SNS envelope', async () => {
    await publish('IMPRISONMENT_STATUS-CHANGED', {
      eventType: 'IMPRISONMENT_STATUS-CHANGED',
      bookingId: 1200835,
    });
    const { Messages } = await aws.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: provisioned.queueUrl,
        WaitTimeSeconds: 2,
        MaxNumberOfMessages: 10,
      }),
    );
    expect(Messages).toHaveLength(1);
    const envelope = JSON.parse(Messages?.[0]?.Body ?? 'null');
    expect(envelope).toMatchObject({
      Type: 'Notification',
      TopicArn: provisioned.offenderEventsTopicArn,
      MessageAttributes: { eventType: { Type: 'String', Value: 'IMPRISONMENT_STATUS-CHANGED' } },
    });
    expect(JSON.parse(envelope.Message)).toEqual({
      eventType: 'IMPRISONMENT_STATUS-CHANGED',
      bookingId: 1200835,
    });
    expect(envelope.MessageId).toEqual(expect.any(String));
  });

  it('when an event type we do not handle is published, then the filter policy keeps it off the queue', async () => {
    await publish('OFFENDER_MOVEMENT-RECEPTION', { eventType: 'OFFENDER_MOVEMENT-RECEPTION', bookingId: 1 });
    const { Messages } = await aws.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: provisioned.queueUrl, WaitTimeSeconds: 1 }),
    );
    expect(Messages ?? []).toHaveLength(0);
  });

  it('gives the queue a redrive policy to its DLQ', async () => {
    const { Attributes } = await aws.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: provisioned.queueUrl, AttributeNames: ['RedrivePolicy'] }),
    );
    const policy = JSON.parse(Attributes?.RedrivePolicy ?? 'null');
    expect(policy.deadLetterTargetArn).toContain(names.dlq);
    expect(Number(policy.maxReceiveCount)).toBe(3);
  });
});
