import { buildSnsEnvelope, buildSqsBody } from '../testing/build-sns-envelope';
import { parseEventMessage } from './parse-event-message';

describe('parseEventMessage', () => {
  describe('handled event types', () => {
    it('when a status change arrives, then it is routed with its numeric bookingId and the message kept verbatim', () => {
      const body = buildSqsBody({
        messageId: 'sns-1',
        event: { bookingId: 1200835, imprisonmentStatusSeq: 2 },
      });
      const parsed = parseEventMessage(body);

      expect(parsed).toEqual({
        kind: 'handled',
        messageId: 'sns-1',
        eventType: 'IMPRISONMENT_STATUS-CHANGED',
        message: JSON.parse(body).Message,
        event: { eventType: 'IMPRISONMENT_STATUS-CHANGED', bookingId: 1200835, imprisonmentStatusSeq: 2 },
      });
    });

    it('when the status change has no imprisonmentStatusSeq (the original sample), then the sequence is 0', () => {
      const parsed = parseEventMessage(buildSqsBody({ event: { imprisonmentStatusSeq: undefined } }));
      expect(parsed).toMatchObject({ kind: 'handled', event: { imprisonmentStatusSeq: 0 } });
    });

    it('when a movement arrives, then its movementSeq is read', () => {
      const parsed = parseEventMessage(
        buildSqsBody({
          eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
          event: { bookingId: 7, movementSeq: 3 },
        }),
      );
      expect(parsed).toMatchObject({
        kind: 'handled',
        event: { eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED', bookingId: 7, movementSeq: 3 },
      });
    });

    it('when a booking number change arrives, then only the bookingId is read', () => {
      const parsed = parseEventMessage(
        buildSqsBody({ eventType: 'BOOKING_NUMBER-CHANGED', event: { bookingId: 9 } }),
      );
      expect(parsed).toMatchObject({
        kind: 'handled',
        event: { eventType: 'BOOKING_NUMBER-CHANGED', bookingId: 9 },
      });
    });

    it('when the inner eventType disagrees with the attribute, then the attribute decides', () => {
      const parsed = parseEventMessage(
        buildSqsBody({ eventType: 'BOOKING_NUMBER-CHANGED', event: { eventType: 'SOMETHING_ELSE' } }),
      );
      expect(parsed).toMatchObject({ kind: 'handled', eventType: 'BOOKING_NUMBER-CHANGED' });
    });

    it('when ids are digit strings, then they are read as numbers as the original parser did', () => {
      const parsed = parseEventMessage(
        buildSqsBody({ event: { bookingId: '1200835', imprisonmentStatusSeq: '0' } }),
      );
      expect(parsed).toMatchObject({
        kind: 'handled',
        event: { bookingId: 1200835, imprisonmentStatusSeq: 0 },
      });
    });
  });

  describe('unhandled event types', () => {
    it.each(['OFFENDER_MOVEMENT-RECEPTION', 'ALERT-INSERTED', 'SOME_OTHER_MESSAGE'])(
      'when %s arrives, then it is unhandled',
      (eventType) => {
        expect(parseEventMessage(buildSqsBody({ eventType, messageId: 'sns-2' }))).toEqual({
          kind: 'unhandled',
          messageId: 'sns-2',
          eventType,
        });
      },
    );

    it('when an unhandled type has a malformed body, then it is still only unhandled (the body is never read)', () => {
      expect(
        parseEventMessage(buildSqsBody({ eventType: 'SOME_OTHER_MESSAGE', message: '{not json' })),
      ).toMatchObject({
        kind: 'unhandled',
      });
    });
  });

  describe('poison', () => {
    const withoutKey = (key: string) => {
      const envelope = buildSnsEnvelope();
      delete envelope[key];
      return JSON.stringify(envelope);
    };

    it.each([
      ['the envelope is not JSON', '{"Type": "Notification"', /envelope is not valid JSON/],
      ['the envelope is a JSON array', '[]', /envelope is not a JSON object/],
      ['the MessageId is missing', withoutKey('MessageId'), /no MessageId/],
      [
        'the message attributes are missing',
        withoutKey('MessageAttributes'),
        /no eventType message attribute/,
      ],
      [
        'the eventType attribute has no value',
        JSON.stringify({ ...buildSnsEnvelope(), MessageAttributes: { eventType: { Type: 'String' } } }),
        /no eventType message attribute/,
      ],
      ['the Message is missing', withoutKey('Message'), /no Message string/],
      [
        'the inner message is not JSON',
        buildSqsBody({ message: '{"bookingId": 12' }),
        /message is not valid JSON/,
      ],
      ['the inner message is not an object', buildSqsBody({ message: '12' }), /message is not a JSON object/],
      ['the bookingId is missing', buildSqsBody({ event: { bookingId: undefined } }), /no numeric bookingId/],
      [
        'the bookingId is not a number',
        buildSqsBody({ event: { bookingId: 'A5089DY' } }),
        /no numeric bookingId/,
      ],
      ['the bookingId is 0', buildSqsBody({ event: { bookingId: 0 } }), /no numeric bookingId/],
      ['the bookingId is fractional', buildSqsBody({ event: { bookingId: 12.5 } }), /no numeric bookingId/],
      [
        'the imprisonmentStatusSeq is not a number',
        buildSqsBody({ event: { imprisonmentStatusSeq: 'first' } }),
        /non-numeric imprisonmentStatusSeq/,
      ],
      [
        'a movement has no movementSeq',
        buildSqsBody({ eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED', event: { movementSeq: undefined } }),
        /no numeric movementSeq/,
      ],
    ])('when %s, then it is poison with a reason saying so', (_case, body, reason) => {
      const parsed = parseEventMessage(body);
      expect(parsed.kind).toBe('poison');
      expect(parsed.kind === 'poison' && parsed.reason).toMatch(reason);
    });

    it('when the envelope names its MessageId, then the poison result carries it for the log', () => {
      expect(parseEventMessage(buildSqsBody({ messageId: 'sns-3', message: 'nope' }))).toEqual({
        kind: 'poison',
        reason: 'IMPRISONMENT_STATUS-CHANGED message is not valid JSON',
        messageId: 'sns-3',
      });
    });
  });
});
