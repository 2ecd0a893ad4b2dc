/** The prison event types this service acts on, in the order a booking's events are processed. */
export const HANDLED_EVENT_TYPES = [
  'IMPRISONMENT_STATUS-CHANGED',
  'EXTERNAL_MOVEMENT_RECORD-INSERTED',
  'BOOKING_NUMBER-CHANGED',
] as const;

export type HandledEventType = (typeof HANDLED_EVENT_TYPES)[number];

export function isHandledEventType(value: string): value is HandledEventType {
  return (HANDLED_EVENT_TYPES as readonly string[]).includes(value);
}
