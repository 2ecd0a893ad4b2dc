import {
  PRISON_DOMAIN_EVENT_TWINS,
  isPrisonDomainEventType,
  type HandledEventType,
  type KeyDateEventType,
  type PrisonDomainEventType,
  type ReceivedEventType,
} from '../message/event-type';

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

/**
 * Reads an event's inner JSON (the SNS `Message`) by the type the envelope's `eventType` attribute gave,
 * never the body's. The validator reads on receipt, the processor a stored row's `message` (with the row's
 * `bookingId`), so both read an event the same way.
 */
export function parseInnerEvent(
  receivedAs: ReceivedEventType,
  message: string,
  bookingId?: number,
): InnerEventParse {
  return isPrisonDomainEventType(receivedAs)
    ? parseDomainEvent(receivedAs, message, bookingId)
    : parseClassicEvent(receivedAs, message);
}

function parseClassicEvent(eventType: HandledEventType, message: string): InnerEventParse {
  const read = readJsonObject(eventType, message);
  if (!read.ok) return read;
  const { body } = read;

  const bookingId = readInteger(body.bookingId);
  if (bookingId === undefined || bookingId <= 0) {
    return { ok: false, reason: `${eventType} message has no numeric bookingId` };
  }

  switch (eventType) {
    case 'IMPRISONMENT_STATUS-CHANGED': {
      // The original read a missing sequence as 0 (significant); events without one are processed.
      const imprisonmentStatusSeq =
        body.imprisonmentStatusSeq == null ? 0 : readInteger(body.imprisonmentStatusSeq);
      if (imprisonmentStatusSeq === undefined) {
        return { ok: false, reason: `${eventType} message has a non-numeric imprisonmentStatusSeq` };
      }
      return { ok: true, event: { eventType, bookingId, imprisonmentStatusSeq } };
    }
    case 'EXTERNAL_MOVEMENT_RECORD-INSERTED': {
      // Without a sequence the movement can never be looked up, so no retry could ever succeed.
      const movementSeq = readInteger(body.movementSeq);
      if (movementSeq === undefined)
        return { ok: false, reason: `${eventType} message has no numeric movementSeq` };
      return { ok: true, event: { eventType, bookingId, movementSeq } };
    }
    default:
      // The merge and the key-date events: what they mean is read from prison-api, by booking.
      return { ok: true, event: { eventType, bookingId } };
  }
}

/**
 * An HMPPS domain event read as the event of its classic twin. prison-offender-events writes every
 * `additionalInformation` value as a string, other producers numbers. `received` names no booking and
 * `merged` may not: the result then names the prisoner (`findBookingOf`), read again with the booking found.
 */
function parseDomainEvent(type: PrisonDomainEventType, message: string, bookingId?: number): InnerEventParse {
  const read = readJsonObject(type, message);
  if (!read.ok) return read;
  const { body } = read;
  const info = isJsonObject(body.additionalInformation) ? body.additionalInformation : {};
  const given = readInteger(info.bookingId);
  const booking = bookingId ?? (given !== undefined && given > 0 ? given : undefined);
  const prisoner = readText(info.nomsNumber) ?? nomsNumberOf(body.personReference);
  const eventType = PRISON_DOMAIN_EVENT_TWINS[type];
  const invalid = (what: string) => ({ ok: false as const, reason: `${type} message has no ${what}` });

  switch (eventType) {
    case 'IMPRISONMENT_STATUS-CHANGED':
      if (booking === undefined) return invalid('numeric additionalInformation.bookingId');
      // Published only for sequence 0, the insert of an imprisonment status: the one the classic rule keeps.
      return { ok: true, event: { eventType, bookingId: booking, imprisonmentStatusSeq: 0 } };
    case 'SENTENCE_DATES-CHANGED':
      if (booking === undefined) return invalid('numeric additionalInformation.bookingId');
      return { ok: true, event: { eventType, bookingId: booking } };
    case 'BOOKING_NUMBER-CHANGED':
      // As for the classic merge, the numbers to replace are read from prison-api by booking, not the body.
      if (booking !== undefined) return { ok: true, event: { eventType, bookingId: booking } };
      return prisoner === undefined
        ? invalid('bookingId or nomsNumber')
        : { ok: true, findBookingOf: prisoner };
    case 'EXTERNAL_MOVEMENT_RECORD-INSERTED': {
      const prisonId = readText(info.prisonId);
      const reason = readText(info.reason);
      if (prisoner === undefined) return invalid('NOMS number');
      if (prisonId === undefined || reason === undefined) return invalid('prisonId and reason');
      if (bookingId === undefined) return { ok: true, findBookingOf: prisoner };
      return {
        ok: true,
        event: { eventType, bookingId, received: { nomsNumber: prisoner, prisonId, reason } },
      };
    }
  }
}

/** The NOMS number of `personReference.identifiers` (prison-offender-events sends exactly one). */
function nomsNumberOf(personReference: unknown): string | undefined {
  if (!isJsonObject(personReference) || !Array.isArray(personReference.identifiers)) return undefined;
  const noms = personReference.identifiers.find(
    (identifier) => isJsonObject(identifier) && identifier.type === 'NOMS',
  ) as Record<string, unknown> | undefined;
  return readText(noms?.value);
}

/** Narrowing helpers for JSON read from the queue, where nothing can be trusted to have its documented shape. */

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON integer, or a string of digits: Gson, which the original parsed events with, accepted both. */
function readInteger(value: unknown): number | undefined {
  const parsed = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  return typeof parsed === 'number' && Number.isSafeInteger(parsed) ? parsed : undefined;
}

/** A string trimmed, or undefined when it is not one or is blank. */
export function readText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** An event's inner JSON as an object, or why it is not one (named after the event type it came as). */
export function readJsonObject(
  eventType: string,
  message: string,
): { ok: true; body: Record<string, unknown> } | { ok: false; reason: string } {
  let body: unknown;
  try {
    body = JSON.parse(message);
  } catch {
    return { ok: false, reason: `${eventType} message is not valid JSON` };
  }
  return isJsonObject(body)
    ? { ok: true, body }
    : { ok: false, reason: `${eventType} message is not a JSON object` };
}
