import type { KeyDateEventType } from '../message/event-type';

/**
 * The inner NOMIS event bodies, reduced to the fields we act on. Everything else in
 * the body is ignored here and kept verbatim in the row's `message` attribute.
 */
export interface ImprisonmentStatusChangedEvent {
  eventType: 'IMPRISONMENT_STATUS-CHANGED';
  bookingId: number;
  /** NOMIS raises one event per sentence change; sequence 0 is the insert, the only one that matters. */
  imprisonmentStatusSeq: number;
}

export interface ExternalMovementInsertedEvent {
  eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED';
  bookingId: number;
  movementSeq: number;
}

export interface BookingNumberChangedEvent {
  eventType: 'BOOKING_NUMBER-CHANGED';
  bookingId: number;
}

/** One of the key-date events: only the booking is read, the dates themselves come from prison-api. */
export interface KeyDatesChangedEvent {
  eventType: KeyDateEventType;
  bookingId: number;
}

export type InnerEvent =
  | ImprisonmentStatusChangedEvent
  | ExternalMovementInsertedEvent
  | BookingNumberChangedEvent
  | KeyDatesChangedEvent;
