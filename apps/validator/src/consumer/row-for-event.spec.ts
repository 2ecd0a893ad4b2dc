import { parseEventMessage, pendingStateOf, type HandledEventMessage } from '@ptpu/domain';
import { buildBooking, buildSqsBody } from '@ptpu/domain/testing';
import { rowForEvent } from './handle-event-message';

function handled(body: string): HandledEventMessage {
  const parsed = parseEventMessage(body);
  if (parsed.kind !== 'handled') throw new Error(`expected a handled event, got ${parsed.kind}`);
  return parsed;
}

describe('rowForEvent', () => {
  const now = new Date('2026-03-01T12:30:00.000Z');

  it('when a status change is accepted, then the row is keyed by the SNS MessageId and waits as VALIDATED', () => {
    const parsed = handled(buildSqsBody({ messageId: 'sns-42', event: { bookingId: 1200835 } }));

    const row = rowForEvent(parsed, 1200835, buildBooking(), now);

    expect(row).toMatchObject({
      id: 'sns-42',
      bookingId: 1200835,
      eventType: 'IMPRISONMENT_STATUS-CHANGED',
      message: parsed.message,
      createdDate: '2026-03-01T12:30:00.000Z',
      retryCount: 0,
      status: 'VALIDATED',
    });
    expect(row.processedDate).toBeUndefined();
    expect(pendingStateOf(row)).toBe('NEW');
  });

  it('when stored, then it expires 30 days later as an epoch-second TTL', () => {
    const row = rowForEvent(handled(buildSqsBody()), 1200835, buildBooking(), now);

    expect(new Date(row.deleteBy * 1000).toISOString()).toBe('2026-03-31T12:30:00.000Z');
  });

  it('when stored, then the booking snapshot is taken from the booking validation fetched', () => {
    const booking = buildBooking({
      offenderNo: 'G1234AB',
      bookingNo: '12345B',
      agencyId: 'LEI',
      locationDescription: 'Leeds (HMP)',
      recall: true,
      legalStatus: 'RECALL',
    });

    const row = rowForEvent(handled(buildSqsBody({ eventType: 'BOOKING_NUMBER-CHANGED' })), 7, booking, now);

    expect(row).toMatchObject({
      eventType: 'BOOKING_NUMBER-CHANGED',
      offenderNo: 'G1234AB',
      bookingNo: '12345B',
      locationId: 'LEI',
      locationDescription: 'Leeds (HMP)',
      recall: true,
      legalStatus: 'RECALL',
    });
  });

  it('when the inner event has fields we do not read, then the message is still kept verbatim', () => {
    const body = buildSqsBody({
      message: '{"bookingId": 7,  "nomisEventType":"OFF_IMP_STAT_OASYS", "extra": [1]}',
    });

    expect(rowForEvent(handled(body), 7, buildBooking(), now).message).toBe(
      '{"bookingId": 7,  "nomisEventType":"OFF_IMP_STAT_OASYS", "extra": [1]}',
    );
  });

  it('when a domain event is accepted, then its row is of the classic twin, on the booking found, and says what it came as', () => {
    const message = JSON.stringify({
      eventType: 'prison-offender-events.prisoner.received',
      personReference: { identifiers: [{ type: 'NOMS', value: 'G4821TK' }] },
      additionalInformation: { nomsNumber: 'G4821TK', prisonId: 'MDI', reason: 'ADMISSION' },
    });
    const parsed = handled(buildSqsBody({ eventType: 'prison-offender-events.prisoner.received', message }));

    const row = rowForEvent(parsed, 2207731, buildBooking(), now);

    expect(row).toMatchObject({
      bookingId: 2207731,
      eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
      receivedAs: 'prison-offender-events.prisoner.received',
      message,
    });
  });
});
