import { PublishCommand } from '@aws-sdk/client-sns';
import { pendingStateFor } from '@ptpu/domain';
import { eventually } from '@ptpu/local-stack';
import { startValidatorStack, type ValidatorStack } from './support/validator-stack';
import { BOOKINGS, MOVEMENTS } from './support/validator-world';

/** State: which deliveries leave a row in the message table, and what the row holds. */
describe('validator: message table', () => {
  let stack: ValidatorStack;

  beforeAll(async () => {
    stack = await startValidatorStack({ label: 'state' });
  });
  afterAll(() => stack.close());

  /** Waits until the queue has nothing left, waiting or in flight: every sent message is settled. */
  const settled = () =>
    eventually(async () => expect(await stack.counts()).toMatchObject({ visible: 0, inFlight: 0 }));

  it('when a status change passes validation, then one row is stored, pending as NEW with the booking snapshot', async () => {
    const before = Date.now();
    const id = await stack.sendEvent({ event: { bookingId: BOOKINGS.accepted, imprisonmentStatusSeq: 0 } });

    const item = await stack.storedItem(id);

    expect(item).toMatchObject({
      id,
      bookingId: BOOKINGS.accepted,
      eventType: 'IMPRISONMENT_STATUS-CHANGED',
      status: 'VALIDATED',
      retryCount: 0,
      pendingState: pendingStateFor(0),
      pendingBookingId: BOOKINGS.accepted,
      offenderNo: 'A5089DY',
      bookingNo: '38339A',
      locationId: 'MDI',
      locationDescription: 'Moorland (HMP & YOI)',
      recall: false,
      legalStatus: 'SENTENCED',
    });
    expect(JSON.parse(item.message as string)).toMatchObject({ bookingId: BOOKINGS.accepted });
    expect(item.processedDate).toBeUndefined();
    const created = Date.parse(item.createdDate as string);
    expect(created).toBeGreaterThanOrEqual(before - 1000);
    expect(item.deleteBy).toBe(Math.floor(created / 1000) + 30 * 86_400);
  });

  it('when NOMIS publishes on the topic, then the row is keyed by the SNS MessageId and keeps the message verbatim', async () => {
    const message = `{"eventType":"IMPRISONMENT_STATUS-CHANGED","bookingId":${BOOKINGS.accepted},"imprisonmentStatusSeq":0}`;
    const { MessageId } = await stack.aws.sns.send(
      new PublishCommand({
        TopicArn: stack.messaging.offenderEventsTopicArn,
        Message: message,
        MessageAttributes: { eventType: { DataType: 'String', StringValue: 'IMPRISONMENT_STATUS-CHANGED' } },
      }),
    );

    expect(await stack.storedItem(String(MessageId))).toMatchObject({ message, status: 'VALIDATED' });
  });

  it('when an admission into an interested prison arrives, then it is stored', async () => {
    const id = await stack.sendEvent({
      eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
      event: { bookingId: BOOKINGS.accepted, movementSeq: MOVEMENTS.admission },
    });

    await eventually(async () =>
      expect(await stack.item(id)).toMatchObject({
        eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
        status: 'VALIDATED',
      }),
    );
  });

  it('when NOMIS recalculates an active booking’s release dates, then the key-date event is stored', async () => {
    const id = await stack.sendEvent({
      eventType: 'SENTENCE_DATES-CHANGED',
      event: { bookingId: BOOKINGS.accepted, sentenceCalculationId: 9130044 },
    });

    await eventually(async () =>
      expect(await stack.item(id)).toMatchObject({
        eventType: 'SENTENCE_DATES-CHANGED',
        status: 'VALIDATED',
      }),
    );
  });

  it('when a booking with merged NOMS numbers changes its number, then it is stored', async () => {
    const id = await stack.sendEvent({
      eventType: 'BOOKING_NUMBER-CHANGED',
      event: { bookingId: BOOKINGS.accepted },
    });

    await eventually(async () =>
      expect(await stack.item(id)).toMatchObject({
        eventType: 'BOOKING_NUMBER-CHANGED',
        status: 'VALIDATED',
      }),
    );
  });

  it('when the same SNS message is delivered twice, then there is still one row, as first stored', async () => {
    const envelope = { messageId: `dup-${Date.now()}`, event: { bookingId: BOOKINGS.accepted } };
    const id = await stack.sendEvent(envelope);
    const first = await stack.storedItem(id);

    await stack.sendEvent(envelope);
    await settled();

    expect(await stack.item(id)).toEqual(first);
    expect(stack.logs.filter((line) => line.messageId === id).map((line) => line.reason)).toEqual(
      expect.arrayContaining(['stored', 'duplicate']),
    );
  });

  it.each([
    [
      'a non-zero imprisonment status sequence',
      'non-zero-sequence',
      { event: { bookingId: BOOKINGS.accepted, imprisonmentStatusSeq: 1 } },
    ],
    ['a booking prison-api does not know', 'booking-not-found', { event: { bookingId: BOOKINGS.unknown } }],
    [
      'no sentence start date',
      'no-sentence-start-date',
      { event: { bookingId: BOOKINGS.noSentenceStartDate } },
    ],
    ['an inactive booking', 'booking-inactive', { event: { bookingId: BOOKINGS.inactive } }],
    [
      'a booking outside the interested prisons',
      'not-interested-prison',
      { event: { bookingId: BOOKINGS.elsewhere } },
    ],
    [
      'a movement prison-api does not know',
      'movement-not-found',
      {
        eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
        event: { bookingId: BOOKINGS.accepted, movementSeq: MOVEMENTS.unknown },
      },
    ],
    [
      'a movement that is not an admission',
      'not-an-admission',
      {
        eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
        event: { bookingId: BOOKINGS.accepted, movementSeq: MOVEMENTS.temporaryAbsence },
      },
    ],
    [
      'an admission into a prison outside the interested ones',
      'not-interested-prison',
      {
        eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
        event: { bookingId: BOOKINGS.elsewhere, movementSeq: MOVEMENTS.admission },
      },
    ],
    [
      'an admission of a booking no longer active',
      'booking-inactive',
      {
        eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
        event: { bookingId: BOOKINGS.inactive, movementSeq: MOVEMENTS.admission },
      },
    ],
    [
      'a booking number change with nothing merged',
      'no-merged-identifiers',
      { eventType: 'BOOKING_NUMBER-CHANGED', event: { bookingId: BOOKINGS.noSentenceStartDate } },
    ],
    [
      'a booking number change outside the interested prisons',
      'not-interested-prison',
      { eventType: 'BOOKING_NUMBER-CHANGED', event: { bookingId: BOOKINGS.elsewhere } },
    ],
    [
      'a key-date adjustment of a released prisoner',
      'booking-inactive',
      { eventType: 'KEY_DATE_ADJUSTMENT_UPSERTED', event: { bookingId: BOOKINGS.inactive } },
    ],
    ['an event type we do not handle', 'unhandled-event-type', { eventType: 'OFFENDER_MOVEMENT-RECEPTION' }],
  ])(
    'when an event has %s, then it is acknowledged as %s and nothing is stored',
    async (_case, reason, envelope) => {
      const id = await stack.sendEvent(envelope);

      await eventually(() =>
        expect(stack.logs.find((line) => line.messageId === id && line.msg === 'event ignored')?.reason).toBe(
          reason,
        ),
      );
      await settled();

      expect(await stack.item(id)).toBeUndefined();
      expect((await stack.counts()).dlq).toBe(0);
    },
  );
});
