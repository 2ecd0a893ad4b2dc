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

/**
 * A movement into prison: by its NOMIS sequence (the classic event, read from prison-api), or as a
 * `prisoner.received` domain event told it (no sequence: the event itself names the prison and the reason).
 */
export type ExternalMovementInsertedEvent =
  | { eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED'; bookingId: number; movementSeq: number }
  | { eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED'; bookingId: number; received: PrisonerReceived };

/** What a `prisoner.received` domain event says (`reason`: ADMISSION, TRANSFERRED, RETURN_FROM_COURT, ...). */
export interface PrisonerReceived {
  nomsNumber: string;
  prisonId: string;
  reason: string;
  /** The event's `occurredAt`, as given. */
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

/**
 * What an event body says. A domain event may name only the prisoner (`findBookingOf`, a NOMS number): the
 * validator finds the booking, and the body is read again with it.
 */
export type InnerEventParse =
  { ok: true; event: InnerEvent } | { ok: true; findBookingOf: string } | { ok: false; reason: string };
