import type { HandledEventType } from '../message/event-type';
import type { InnerEvent } from './inner-event';

/** Narrowing helpers for JSON read from the queue, where nothing can be trusted to have its documented shape. */

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A JSON integer, or a string of digits: Gson, which the original service parsed events with, accepted both
 * for numeric fields, so producers may rely on it.
 */
export function readInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) {
    const parsed = Number(value);
    return Number.isSafeInteger(parsed) ? parsed : undefined;
  }
  return undefined;
}

export type InnerEventParse = { ok: true; event: InnerEvent } | { ok: false; reason: string };

/**
 * Reads the fields a handled event type needs from its inner JSON (the SNS `Message` string). The type comes
 * from the envelope's `eventType` attribute, never from the body. Used by the validator on receipt and by the
 * processor on a stored row's `message`, so both read an event the same way.
 */
export function parseInnerEvent(eventType: HandledEventType, message: string): InnerEventParse {
  let body: unknown;
  try {
    body = JSON.parse(message);
  } catch {
    return { ok: false, reason: `${eventType} message is not valid JSON` };
  }
  if (!isJsonObject(body)) return { ok: false, reason: `${eventType} message is not a JSON object` };

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
