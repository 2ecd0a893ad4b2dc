import { PublishCommand } from '@aws-sdk/client-sns';
import { buildSnsEnvelope } from '@ptpu/domain/testing';
import { eventually } from '@ptpu/local-stack';
import { startValidatorStack, type ValidatorStack } from './support/validator-stack';
import { BOOKINGS } from './support/validator-world';

const STATUS = 'prison-offender-events.prisoner.imprisonment-status-changed';
const RECEIVED = 'prison-offender-events.prisoner.received';

/**
 * HMPPS domain events reach the prison event queue through its second subscription (the domain topic,
 * filtered on the types this service acts on) and are stored as rows of their classic twins.
 */
describe('validator: HMPPS domain events', () => {
  let stack: ValidatorStack;

  beforeAll(async () => {
    stack = await startValidatorStack({ label: 'domain-events' });
  });
  afterAll(() => stack.close());

  /** Publishes as prison-offender-events does: the event JSON as the SNS Message, its type as the attribute. */
  async function publishDomainEvent(eventType: string, event?: Record<string, unknown>): Promise<string> {
    const { Message } = buildSnsEnvelope({ eventType, event }) as { Message: string };
    const { MessageId } = await stack.aws.sns.send(
      new PublishCommand({
        TopicArn: stack.messaging.domainEventsTopicArn,
        Message,
        MessageAttributes: { eventType: { DataType: 'String', StringValue: eventType } },
      }),
    );
    return MessageId ?? '';
  }
  const stored = (id: string) =>
    eventually(async () => {
      const item = await stack.item(id);
      if (!item) throw new Error(`row ${id} not stored yet`);
      return item;
    });
  const logged = (messageId: string) =>
    eventually(() => {
      const line = stack.logs.find((entry) => entry.messageId === messageId && entry.reason !== undefined);
      if (!line) throw new Error(`no outcome logged for ${messageId} yet`);
      return line;
    });

  it('when a status change is published on the domain topic, then it is stored as IMPRISONMENT_STATUS-CHANGED, saying what it came as', async () => {
    const id = await publishDomainEvent(STATUS, {
      additionalInformation: { bookingId: String(BOOKINGS.accepted) },
    });

    expect(await stored(id)).toMatchObject({
      bookingId: BOOKINGS.accepted,
      eventType: 'IMPRISONMENT_STATUS-CHANGED',
      receivedAs: STATUS,
      offenderNo: 'A5089DY',
      status: 'VALIDATED',
    });
  });

  it('when a prisoner is received, then the booking is found by NOMS number and the row is a movement of it', async () => {
    stack.sandbox.admin.clearRequests();
    const id = await publishDomainEvent(RECEIVED);

    expect(await stored(id)).toMatchObject({
      bookingId: BOOKINGS.accepted,
      eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
      receivedAs: RECEIVED,
    });
    const paths = stack.sandbox.admin.requests().map((request) => request.path);
    expect(paths).toContain('/api/prisoners');
    expect(paths.some((path) => path.includes('/movement/'))).toBe(false);
    expect(await logged(id)).toMatchObject({ bookingId: BOOKINGS.accepted, nomsNumber: 'A5089DY' });
  });

  it('when a received prisoner is unknown to prison-api, then it is ignored as booking not found', async () => {
    const id = await publishDomainEvent(RECEIVED, {
      personReference: { identifiers: [{ type: 'NOMS', value: 'Z9999ZZ' }] },
      additionalInformation: { nomsNumber: 'Z9999ZZ', prisonId: 'MDI', reason: 'ADMISSION' },
    });

    expect(await logged(id)).toMatchObject({ reason: 'booking-not-found' });
    expect(await stack.item(id)).toBeUndefined();
  });

  it('when an event this service publishes arrives on the queue, then it is acknowledged as our own and nothing is stored', async () => {
    const id = await stack.sendEvent({ eventType: 'probation-case.prison-identifier.added' });

    expect(await logged(id)).toMatchObject({ reason: 'own-domain-event' });
    expect(await stack.item(id)).toBeUndefined();
    await eventually(async () => expect(await stack.counts()).toMatchObject({ visible: 0, inFlight: 0 }));
  });
});
