/**
 * The classic NOMIS key-date events. NOMIS raises one or more of them whenever a release date is recalculated
 * or a key-date adjustment is recorded or removed; each says only which booking changed, and all of them are
 * answered the same way: Delius gets NOMIS's sentence dates as they are when the row is worked.
 */
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

/**
 * What a row does in Delius, in the order a booking's rows are worked: the status change first, so the NOMS
 * and book numbers are linked before anything relies on them; the key dates last, read after every other
 * write. Rows of one path are aggregated together: the newest stands for all of them.
 */
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
