import { londonDateTime } from '../time/london';
import {
  PRISON_IDENTIFIER_ADDED,
  PRISON_IDENTIFIER_UPDATED,
  type HmppsDomainEvent,
} from '../ports/domain-events.port';

const ADDED_DESCRIPTION =
  'A probation case has been matched with a booking in the prison system. The prison number and booking number have been added to the probation case.';
const UPDATED_DESCRIPTION =
  'A prison booking number has been changed. The prison number and booking number have been updated on the probation case.';

/** The event published once a single matching CRN has had the NOMS number set. */
export function prisonIdentifierAdded(input: {
  crn: string;
  nomsNumber: string;
  bookingNumber: string;
  occurredAt: Date;
}): HmppsDomainEvent {
  return {
    eventType: PRISON_IDENTIFIER_ADDED,
    version: 1,
    detailUrl: null,
    occurredAt: londonOffsetDateTime(input.occurredAt),
    description: ADDED_DESCRIPTION,
    additionalInformation: { bookingNumber: input.bookingNumber },
    personReference: personReference(input.crn, input.nomsNumber),
  };
}

/** The event published for each Delius offender whose merged (old) NOMS number was replaced. */
export function prisonIdentifierUpdated(input: {
  crn: string;
  nomsNumber: string;
  previousNomsNumber: string;
  bookingNumber: string;
  occurredAt: Date;
}): HmppsDomainEvent {
  return {
    eventType: PRISON_IDENTIFIER_UPDATED,
    version: 1,
    detailUrl: null,
    occurredAt: londonOffsetDateTime(input.occurredAt),
    description: UPDATED_DESCRIPTION,
    additionalInformation: {
      bookingNumber: input.bookingNumber,
      previousNomsNumber: input.previousNomsNumber,
    },
    personReference: personReference(input.crn, input.nomsNumber),
  };
}

function personReference(crn: string, nomsNumber: string): HmppsDomainEvent['personReference'] {
  return {
    identifiers: [
      { type: 'CRN', value: crn },
      { type: 'NOMS', value: nomsNumber },
    ],
  };
}

/** `yyyy-MM-ddTHH:mm:ss.SSS+01:00`: London wall-clock time with its offset, as HMPPS events carry it. */
export function londonOffsetDateTime(instant: Date): string {
  const wallClock = londonDateTime(instant);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  const offsetMinutes = Math.round((Date.parse(`${wallClock}Z`) - wholeSeconds) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  const millis = String(instant.getTime() - wholeSeconds).padStart(3, '0');
  return `${wallClock}.${millis}${sign}${hh}:${mm}`;
}
