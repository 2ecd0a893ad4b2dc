import { PRISON_DOMAIN_EVENT_TWINS, type PrisonDomainEventType } from '../message/event-type';
import { isJsonObject, readInteger, readJsonObject } from './json-fields';
import type { InnerEventParse } from './inner-event';

/**
 * Reads an HMPPS domain event from prison-offender-events as the event of its classic twin. That producer
 * writes every `additionalInformation` value as a string and other producers write numbers, so an id may be
 * either. `received` names no booking, and `merged` may not: the result then names the prisoner
 * (`findBookingOf`); read again with the booking the validator found (`bookingId`), it is the twin's event.
 */
export function parseDomainEvent(
  type: PrisonDomainEventType,
  message: string,
  bookingId?: number,
): InnerEventParse {
  const read = readJsonObject(type, message);
  if (!read.ok) return read;
  const { body } = read;
  const info = isJsonObject(body.additionalInformation) ? body.additionalInformation : {};
  const given = readInteger(info.bookingId);
  const booking = bookingId ?? (given !== undefined && given > 0 ? given : undefined);
  const prisoner = nonEmpty(info.nomsNumber) ?? nomsNumberOf(body.personReference);
  const eventType = PRISON_DOMAIN_EVENT_TWINS[type];
  const invalid = (what: string): InnerEventParse => ({
    ok: false,
    reason: `${type} message has no ${what}`,
  });

  switch (eventType) {
    case 'IMPRISONMENT_STATUS-CHANGED':
      if (booking === undefined) return invalid('numeric additionalInformation.bookingId');
      // Published only for sequence 0, the insert of an imprisonment status: the one the classic rule keeps.
      return { ok: true, event: { eventType, bookingId: booking, imprisonmentStatusSeq: 0 } };
    case 'SENTENCE_DATES-CHANGED':
      if (booking === undefined) return invalid('numeric additionalInformation.bookingId');
      return { ok: true, event: { eventType, bookingId: booking } };
    case 'BOOKING_NUMBER-CHANGED':
      // As for the classic merge, the numbers to replace are read from prison-api by booking, not from the body.
      if (booking !== undefined) return { ok: true, event: { eventType, bookingId: booking } };
      return prisoner === undefined
        ? invalid('bookingId or nomsNumber')
        : { ok: true, findBookingOf: prisoner };
    case 'EXTERNAL_MOVEMENT_RECORD-INSERTED': {
      const prisonId = nonEmpty(info.prisonId);
      const reason = nonEmpty(info.reason);
      if (prisoner === undefined) return invalid('NOMS number');
      if (prisonId === undefined || reason === undefined) return invalid('prisonId and reason');
      if (bookingId === undefined) return { ok: true, findBookingOf: prisoner };
      const occurredAt = typeof body.occurredAt === 'string' ? body.occurredAt : '';
      return {
        ok: true,
        event: { eventType, bookingId, received: { nomsNumber: prisoner, prisonId, reason, occurredAt } },
      };
    }
  }
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The NOMS number of `personReference.identifiers` (prison-offender-events sends exactly one). */
function nomsNumberOf(personReference: unknown): string | undefined {
  if (!isJsonObject(personReference) || !Array.isArray(personReference.identifiers)) return undefined;
  const noms = personReference.identifiers.find(
    (identifier) => isJsonObject(identifier) && identifier.type === 'NOMS',
  ) as Record<string, unknown> | undefined;
  return nonEmpty(noms?.value);
}
