import type { KeyDateEventType } from '../message/event-type';

/** The inner NOMIS event bodies, reduced to the fields we act on (the row's `message` keeps all). */
export interface ImprisonmentStatusChangedEvent {
  eventType: 'IMPRISONMENT_STATUS-CHANGED';
  bookingId: number;
  /** NOMIS raises one event per sentence change; sequence 0 is the insert, the only one that matters. */
  imprisonmentStatusSeq: number;
}

/** A movement into prison: by its NOMIS sequence (classic), or as a `prisoner.received` event tells it. */
export type ExternalMovementInsertedEvent =
  | { eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED'; bookingId: number; movementSeq: number }
  | { eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED'; bookingId: number; received: PrisonerReceived };

/** What a `prisoner.received` domain event says (`reason`: ADMISSION, TRANSFERRED, RETURN_FROM_COURT, ...). */
export interface PrisonerReceived {
  nomsNumber: string;
  prisonId: string;
  reason: string;
  occurredAt: string;
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

/** What an event body says; a domain event may name only the prisoner (`findBookingOf`, a NOMS number). */
export type InnerEventParse =
  { ok: true; event: InnerEvent } | { ok: true; findBookingOf: string } | { ok: false; reason: string };
