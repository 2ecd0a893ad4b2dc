import { randomBytes } from 'node:crypto';
import { CreateTopicCommand, DeleteTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { PRISON_IDENTIFIER_ADDED, isSystemError, type HmppsDomainEvent } from '@ptpu/domain';
import { SnsDomainEventPublisher } from '../src';

// The SNS/SQS emulator the jest global setup runs; this suite makes its own topic and queue.
const local = {
  endpoint: 'http://127.0.0.1:4566',
  region: 'eu-west-2',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};
const suffix = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;

const event: HmppsDomainEvent = {
  eventType: PRISON_IDENTIFIER_ADDED,
  version: 1,
  detailUrl: null,
  occurredAt: '2026-01-15T10:00:00.000Z',
  description: 'A probation case has been matched with a booking in the prison system.',
  additionalInformation: { bookingNumber: '38339A' },
  personReference: {
    identifiers: [
      { type: 'CRN', value: 'X142620' },
      { type: 'NOMS', value: 'A5089DY' },
    ],
  },
};

describe('SnsDomainEventPublisher', () => {
  const sns = new SNSClient(local);
  const sqs = new SQSClient(local);
  let topicArn: string;
  let queueUrl: string;

  beforeAll(async () => {
    topicArn = String((await sns.send(new CreateTopicCommand({ Name: `domain_events-${suffix}` }))).TopicArn);
    queueUrl = String(
      (await sqs.send(new CreateQueueCommand({ QueueName: `domain-events-reader-${suffix}` }))).QueueUrl,
    );
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }),
    );
    await sns.send(
      new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: Attributes?.QueueArn }),
    );
  });

  afterAll(async () => {
    await sqs.send(new DeleteQueueCommand({ QueueUrl: queueUrl }));
    await sns.send(new DeleteTopicCommand({ TopicArn: topicArn }));
    sns.destroy();
    sqs.destroy();
  });

  it('when an event is published, then subscribers receive its JSON body with the eventType and eventId attributes', async () => {
    await new SnsDomainEventPublisher({ client: sns, topicArn }).publish(event, 'row-1/added/X1');

    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, WaitTimeSeconds: 2 }),
    );
    expect(Messages).toHaveLength(1);
    const envelope = JSON.parse(String(Messages[0].Body));
    expect(JSON.parse(envelope.Message)).toEqual(event);
    expect(envelope.MessageAttributes.eventType).toEqual({ Type: 'String', Value: PRISON_IDENTIFIER_ADDED });
    expect(envelope.MessageAttributes.eventId).toEqual({ Type: 'String', Value: 'row-1/added/X1' });
  });

  it('when the topic does not exist, then publishing fails with a SystemError', async () => {
    const publisher = new SnsDomainEventPublisher({ client: sns, topicArn: `${topicArn}-missing` });

    const failure = await publisher.publish(event, 'row-1/added/X1').catch((err: unknown) => err);
    expect(isSystemError(failure)).toBe(true);
  });
});
