import { buildSqsBody } from '../testing/build-sns-envelope';
import { parseEventMessage } from './parse-event-message';
import { parseInnerEvent } from './inner-event';

const STATUS = 'prison-offender-events.prisoner.imprisonment-status-changed';
const DATES = 'prison-offender-events.prisoner.sentence-dates-changed';
const MERGED = 'prison-offender-events.prisoner.merged';
const RECEIVED = 'prison-offender-events.prisoner.received';

describe('HMPPS domain events on the prison event queue', () => {
  it.each([
    [STATUS, { eventType: 'IMPRISONMENT_STATUS-CHANGED', bookingId: 1200835, imprisonmentStatusSeq: 0 }],
    [DATES, { eventType: 'SENTENCE_DATES-CHANGED', bookingId: 1200835 }],
    [MERGED, { eventType: 'BOOKING_NUMBER-CHANGED', bookingId: 1200835 }],
  ])('when %s arrives with its booking id, then it is the event of its classic twin', (type, event) => {
    const parsed = parseEventMessage(buildSqsBody({ eventType: type, messageId: 'sns-d1' }));

    expect(parsed).toMatchObject({
      kind: 'handled',
      messageId: 'sns-d1',
      eventType: event.eventType,
      receivedAs: type,
    });
    expect(parsed.kind === 'handled' && 'event' in parsed && parsed.event).toEqual(event);
  });

  it('when the booking id is a JSON number (another producer), then it is read the same', () => {
    const parsed = parseEventMessage(
      buildSqsBody({ eventType: STATUS, event: { additionalInformation: { bookingId: 42 } } }),
    );
    expect(parsed).toMatchObject({ kind: 'handled', event: { bookingId: 42 } });
  });

  it('when a status change names no booking, then it is poison with the reason', () => {
    const parsed = parseEventMessage(
      buildSqsBody({ eventType: STATUS, event: { additionalInformation: {} } }),
    );
    expect(parsed).toMatchObject({
      kind: 'poison',
      reason: `${STATUS} message has no numeric additionalInformation.bookingId`,
    });
  });

  it('when a merge names no booking, then the booking of the retained NOMS number is to be found', () => {
    const parsed = parseEventMessage(
      buildSqsBody({
        eventType: MERGED,
        event: {
          additionalInformation: { nomsNumber: 'G4821TK', removedNomsNumber: 'G9001ZZ', reason: 'MERGE' },
        },
      }),
    );
    expect(parsed).toMatchObject({
      kind: 'handled',
      eventType: 'BOOKING_NUMBER-CHANGED',
      findBookingOf: 'G4821TK',
    });
  });

  it('when a prisoner is received, then the booking is to be found, and read again with it the event says where and why', () => {
    const body = buildSqsBody({ eventType: RECEIVED });
    const parsed = parseEventMessage(body);
    expect(parsed).toMatchObject({
      kind: 'handled',
      eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
      receivedAs: RECEIVED,
      findBookingOf: 'A5089DY',
    });

    expect(parseInnerEvent(RECEIVED, JSON.parse(body).Message, 77)).toEqual({
      ok: true,
      event: {
        eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
        bookingId: 77,
        received: {
          nomsNumber: 'A5089DY',
          prisonId: 'MDI',
          reason: 'ADMISSION',
        },
      },
    });
  });

  it('when a received event has no prison, then it is poison: no retry can say where they are', () => {
    const parsed = parseEventMessage(
      buildSqsBody({
        eventType: RECEIVED,
        event: { additionalInformation: { nomsNumber: 'A5089DY', reason: 'ADMISSION' } },
      }),
    );
    expect(parsed).toMatchObject({
      kind: 'poison',
      reason: `${RECEIVED} message has no prisonId and reason`,
    });
  });

  it.each(['probation-case.prison-identifier.added', 'probation-case.prison-identifier.updated'])(
    'when %s (published by this service) comes back, then it is not acted on and is marked as our own',
    (eventType) => {
      expect(parseEventMessage(buildSqsBody({ eventType, messageId: 'sns-own' }))).toEqual({
        kind: 'unhandled',
        messageId: 'sns-own',
        eventType,
        ownEvent: true,
      });
    },
  );

  it('when another domain event arrives, then it is unhandled and its body is never read', () => {
    const parsed = parseEventMessage(
      buildSqsBody({ eventType: 'prison-offender-events.prisoner.released', message: '{not json' }),
    );
    expect(parsed).toEqual({
      kind: 'unhandled',
      messageId: expect.any(String),
      eventType: 'prison-offender-events.prisoner.released',
    });
  });
});
