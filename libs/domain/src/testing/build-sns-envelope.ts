/** Inner bodies shaped like the original service's sample events, one per type. */
const SAMPLE_INNER_EVENTS: Readonly<Record<string, Record<string, unknown>>> = {
  'IMPRISONMENT_STATUS-CHANGED': {
    eventType: 'IMPRISONMENT_STATUS-CHANGED',
    eventDatetime: '2020-02-12T15:14:24.125533',
    bookingId: 1200835,
    imprisonmentStatusSeq: 0,
    nomisEventType: 'OFF_IMP_STAT_OASYS',
  },
  'EXTERNAL_MOVEMENT_RECORD-INSERTED': {
    eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
    eventDatetime: '2020-01-13T11:33:23.790725',
    bookingId: 1200835,
    movementSeq: 1,
    nomisEventType: 'M1_RESULT',
  },
  'BOOKING_NUMBER-CHANGED': {
    eventType: 'BOOKING_NUMBER-CHANGED',
    eventDatetime: '2020-02-25T10:48:26.606784',
    offenderId: 2581805,
    bookingId: 1200835,
    nomisEventType: 'BOOK_UPD_OASYS',
    previousBookingNumber: '38430A',
  },
  // HMPPS domain events as prison-offender-events writes them: every additionalInformation value a string.
  'prison-offender-events.prisoner.imprisonment-status-changed': domainEvent(
    'prison-offender-events.prisoner.imprisonment-status-changed',
    { bookingId: '1200835' },
  ),
  'prison-offender-events.prisoner.sentence-dates-changed': domainEvent(
    'prison-offender-events.prisoner.sentence-dates-changed',
    { nomsNumber: 'A5089DY', bookingId: '1200835', sentenceCalculationId: '9130044' },
  ),
  'prison-offender-events.prisoner.merged': domainEvent('prison-offender-events.prisoner.merged', {
    bookingId: '1200835',
    nomsNumber: 'A5089DY',
    removedNomsNumber: 'A4321BC',
    reason: 'MERGE',
  }),
  'prison-offender-events.prisoner.received': domainEvent('prison-offender-events.prisoner.received', {
    nomsNumber: 'A5089DY',
    reason: 'ADMISSION',
    details: 'ACTIVE IN:ADM-24',
    currentLocation: 'IN_PRISON',
    prisonId: 'MDI',
    nomisMovementReasonCode: '24',
    currentPrisonStatus: 'UNDER_PRISON_CARE',
  }),
};

function domainEvent(eventType: string, additionalInformation: Record<string, string>) {
  return {
    eventType,
    version: 1,
    description: 'A prisoner event',
    occurredAt: '2026-02-12T15:14:24+00:00',
    publishedAt: '2026-02-12T15:14:25.412Z',
    personReference: { identifiers: [{ type: 'NOMS', value: 'A5089DY' }] },
    additionalInformation,
  };
}

export interface SnsEnvelopeOptions {
  /** The `eventType` message attribute; default `IMPRISONMENT_STATUS-CHANGED`. */
  eventType?: string;
  /** Fields merged over the sample inner event of `eventType` (`undefined` removes a field). */
  event?: Record<string, unknown>;
  /** The `Message` string verbatim, for malformed bodies; wins over `event`. */
  message?: string;
  /** Default: a fresh UUID-shaped id per call. */
  messageId?: string;
}

let sequence = 0;

/** An SNS notification envelope as SQS delivers it without raw message delivery. */
export function buildSnsEnvelope(options: SnsEnvelopeOptions = {}): Record<string, unknown> {
  sequence += 1;
  const eventType = options.eventType ?? 'IMPRISONMENT_STATUS-CHANGED';
  const inner = { ...(SAMPLE_INNER_EVENTS[eventType] ?? { eventType }), ...options.event };
  return {
    Type: 'Notification',
    MessageId: options.messageId ?? `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    TopicArn: 'arn:aws:sns:eu-west-2:000000000000:offender_events',
    Message: options.message ?? JSON.stringify(inner),
    Timestamp: '2020-02-12T15:14:24.126Z',
    SignatureVersion: '1',
    Signature: 'EXAMPLE',
    SigningCertURL: 'https://sns.eu-west-2.amazonaws.com/SimpleNotificationService-EXAMPLE.pem',
    UnsubscribeURL: 'https://sns.eu-west-2.amazonaws.com/?Action=Unsubscribe',
    MessageAttributes: {
      eventType: { Type: 'String', Value: eventType },
      id: { Type: 'String', Value: 'e5b2b6c4-7c3e-4c6f-9a5e-2f0b1c7d8e9f' },
      contentType: { Type: 'String', Value: 'text/plain;charset=UTF-8' },
      timestamp: { Type: 'Number.java.lang.Long', Value: '1581520464125' },
    },
  };
}

/** The SQS body carrying `buildSnsEnvelope(options)`. */
export function buildSqsBody(options: SnsEnvelopeOptions = {}): string {
  return JSON.stringify(buildSnsEnvelope(options));
}
