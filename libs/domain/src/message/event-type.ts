/** The classic key-date events: each names only the booking; Delius gets NOMIS's dates as they are then. */
export const KEY_DATE_EVENT_TYPES = [
  'SENTENCE_DATES-CHANGED',
  'CONFIRMED_RELEASE_DATE-CHANGED',
  'KEY_DATE_ADJUSTMENT_UPSERTED',
  'KEY_DATE_ADJUSTMENT_DELETED',
] as const;

export type KeyDateEventType = (typeof KEY_DATE_EVENT_TYPES)[number];

/** The prison event types this service acts on. */
export const HANDLED_EVENT_TYPES = [
  'IMPRISONMENT_STATUS-CHANGED',
  'EXTERNAL_MOVEMENT_RECORD-INSERTED',
  'BOOKING_NUMBER-CHANGED',
  ...KEY_DATE_EVENT_TYPES,
] as const;

export type HandledEventType = (typeof HANDLED_EVENT_TYPES)[number];

export function isHandledEventType(value: string): value is HandledEventType {
  return (HANDLED_EVENT_TYPES as readonly string[]).includes(value);
}

/** HMPPS domain events acted on, each read as its classic twin, so twins in one hold-back make one effect. */
export const PRISON_DOMAIN_EVENT_TWINS = {
  'prison-offender-events.prisoner.imprisonment-status-changed': 'IMPRISONMENT_STATUS-CHANGED',
  'prison-offender-events.prisoner.merged': 'BOOKING_NUMBER-CHANGED',
  'prison-offender-events.prisoner.sentence-dates-changed': 'SENTENCE_DATES-CHANGED',
  'prison-offender-events.prisoner.received': 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
} as const satisfies Record<string, HandledEventType>;

export type PrisonDomainEventType = keyof typeof PRISON_DOMAIN_EVENT_TWINS;

export function isPrisonDomainEventType(value: string): value is PrisonDomainEventType {
  return Object.hasOwn(PRISON_DOMAIN_EVENT_TWINS, value);
}

/** How a stored event's `message` is read: its domain event type, or the classic type it came as. */
export type ReceivedEventType = HandledEventType | PrisonDomainEventType;

/** A row's Delius work, in working order: the status change first (it links the numbers), key dates last. */
export const PROCESSING_PATHS = ['status-change', 'movement', 'merge', 'key-dates'] as const;

export type ProcessingPath = (typeof PROCESSING_PATHS)[number];

export function processingPathOf(eventType: HandledEventType): ProcessingPath {
  switch (eventType) {
    case 'IMPRISONMENT_STATUS-CHANGED':
      return 'status-change';
    case 'EXTERNAL_MOVEMENT_RECORD-INSERTED':
      return 'movement';
    case 'BOOKING_NUMBER-CHANGED':
      return 'merge';
    default:
      return 'key-dates';
  }
}
