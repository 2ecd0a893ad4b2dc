import {
  isPrisonDomainEventType,
  type HandledEventType,
  type ReceivedEventType,
} from '../message/event-type';
import type { InnerEventParse } from './inner-event';
import { readInteger, readJsonObject } from './json-fields';
import { parseDomainEvent } from './parse-domain-event';

/**
 * Reads the fields an event needs from its inner JSON (the SNS `Message` string), by the type the envelope's
 * `eventType` attribute gave, never the body's: one reading per envelope kind, the classic prison events here
 * and the HMPPS domain events in `parseDomainEvent`. Used by the validator on receipt and by the processor on
 * a stored row's `message` (with the row's `bookingId`), so both read an event the same way.
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
