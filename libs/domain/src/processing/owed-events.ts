import { SystemError } from '../errors/system-error';
import type { CommunityApi, NomsNumberHolder } from '../ports/upstreams.port';
import { londonDateTime } from '../time/london';

/** Published so later services (custody status, key dates) act once a probation case is linked to a prisoner. */
export const PRISON_IDENTIFIER_ADDED = 'probation-case.prison-identifier.added';
export const PRISON_IDENTIFIER_UPDATED = 'probation-case.prison-identifier.updated';

/** The JSON body of an HMPPS domain event, nulls included, as the HMPPS consumers expect it. */
export interface HmppsDomainEvent {
  eventType: typeof PRISON_IDENTIFIER_ADDED | typeof PRISON_IDENTIFIER_UPDATED;
  version: 1;
  detailUrl: null;
  /** ISO offset date-time in Europe/London, e.g. `2023-07-13T10:00:00.123+01:00`. */
  occurredAt: string;
  description: string;
  additionalInformation: { bookingNumber: string; previousNomsNumber?: string };
  personReference: { identifiers: { type: 'CRN' | 'NOMS'; value: string }[] };
}

/** With SNS attributes `eventType` and `eventId`; throws unless the topic accepted it, to be retried. */
export interface DomainEventPublisher {
  publish(event: HmppsDomainEvent, eventId: string): Promise<void>;
}

/** The same for every publication of one event (at least once), so a consumer can drop a repeat. */
export function domainEventId(rowId: string, event: HmppsDomainEvent): string {
  const crn = event.personReference.identifiers.find((identifier) => identifier.type === 'CRN')?.value;
  return `${rowId}/${event.eventType}/${crn ?? 'no-crn'}`;
}

const ADDED_DESCRIPTION =
  'A probation case has been matched with a booking in the prison system. The prison number and booking number have been added to the probation case.';
const UPDATED_DESCRIPTION =
  'A prison booking number has been changed. The prison number and booking number have been updated on the probation case.';

/** The event owed once `crn` holds `nomsNumber`: `updated` when it replaced `previousNomsNumber`. */
export function prisonIdentifierEvent(change: {
  crn: string;
  nomsNumber: string;
  previousNomsNumber?: string;
  bookingNumber: string;
  occurredAt: Date;
}): HmppsDomainEvent {
  const { crn, nomsNumber, previousNomsNumber, bookingNumber, occurredAt } = change;
  const added = previousNomsNumber === undefined;
  return {
    eventType: added ? PRISON_IDENTIFIER_ADDED : PRISON_IDENTIFIER_UPDATED,
    version: 1,
    detailUrl: null,
    occurredAt: londonOffsetDateTime(occurredAt),
    description: added ? ADDED_DESCRIPTION : UPDATED_DESCRIPTION,
    additionalInformation: added ? { bookingNumber } : { bookingNumber, previousNomsNumber },
    personReference: {
      identifiers: [
        { type: 'CRN', value: crn },
        { type: 'NOMS', value: nomsNumber },
      ],
    },
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

export function parsePendingEvents(rowId: string, pendingEvents: string): HmppsDomainEvent[] {
  const parsed = parseOwed('pendingEvents', rowId, pendingEvents);
  if (!Array.isArray(parsed) || !parsed.every(isDomainEventShaped)) throw invalid('pendingEvents', rowId);
  return parsed as HmppsDomainEvent[];
}

function isDomainEventShaped(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Partial<HmppsDomainEvent>;
  return typeof event.eventType === 'string' && typeof event.personReference === 'object';
}

/** A Delius write raising domain events, recorded on the row before it is sent: it may land unannounced. */
export type WriteIntent = {
  crn: string;
  events: HmppsDomainEvent[];
  /** ISO instant the intent was first recorded; bounds how long its row is kept for it. */
  recordedAt: string;
} & (
  | { write: 'setNomsNumber'; nomsNumber: string }
  | { write: 'replaceNomsNumber'; oldNomsNumber: string; newNomsNumber: string }
);

export function parseWriteIntent(rowId: string, writeIntent: string): WriteIntent {
  const parsed = parseOwed('writeIntent', rowId, writeIntent);
  if (!isWriteIntentShaped(parsed)) throw invalid('writeIntent', rowId);
  return parsed;
}

function isWriteIntentShaped(value: unknown): value is WriteIntent {
  if (typeof value !== 'object' || value === null) return false;
  const intent = value as Record<string, unknown>;
  const strings = (...keys: string[]) => keys.every((key) => typeof intent[key] === 'string');
  if (!strings('crn', 'recordedAt') || !Array.isArray(intent.events)) return false;
  // Its row's retention is counted from it, so it must be a time.
  if (Number.isNaN(Date.parse(intent.recordedAt as string))) return false;
  if (intent.write === 'setNomsNumber') return strings('nomsNumber');
  if (intent.write === 'replaceNomsNumber') return strings('oldNomsNumber', 'newNomsNumber');
  return false;
}

const UNREADABLE = {
  pendingEvents: {
    code: 'PROCESSING.PENDING_EVENTS_INVALID',
    says: 'pendingEvents that are not a JSON array of domain events',
  },
  writeIntent: {
    code: 'PROCESSING.WRITE_INTENT_INVALID',
    says: 'a writeIntent this service could not have written',
  },
} as const;

/**
 * `pendingEvents` and `writeIntent` are written by this service only, so one it cannot read is a fault of the
 * row, never retried and never dropped: it is kept for someone to look at.
 */
function parseOwed(attribute: keyof typeof UNREADABLE, rowId: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw invalid(attribute, rowId, err);
  }
}

function invalid(attribute: keyof typeof UNREADABLE, rowId: string, cause?: unknown): SystemError {
  const { code, says } = UNREADABLE[attribute];
  return new SystemError(`row ${rowId} has ${says}`, { code, retryable: false, cause, details: { rowId } });
}

/** `heldElsewhere`: the number is on several cases, which only the probation team can sort out. */
export type IntentSettlement =
  { kind: 'applied' } | { kind: 'not-applied' } | { kind: 'unknown'; heldElsewhere: boolean };

/**
 * Settles an intent by reading Delius, never by sending the write again: a write whose answer was lost may
 * have been applied, and sending it twice could move a number that has moved on since (the rules:
 * docs/architecture.md, Processing a booking).
 *
 * `mayStillLand`: the write may still be on its way (within the lease and the write timeout). Delius not
 * holding it yet then proves nothing, so what would be `not-applied` is `unknown`: forgetting it would let
 * the write land unannounced after the next decision found nothing to do.
 */
export async function settleWriteIntent(
  intent: WriteIntent,
  communityApi: Pick<CommunityApi, 'findNomsNumberHolder'>,
  mayStillLand: boolean,
): Promise<IntentSettlement> {
  const holds = (holder: NomsNumberHolder) => holder.kind === 'one' && holder.crn === intent.crn;
  const notApplied: IntentSettlement = mayStillLand
    ? { kind: 'unknown', heldElsewhere: false }
    : { kind: 'not-applied' };
  if (intent.write === 'setNomsNumber') {
    const holder = await communityApi.findNomsNumberHolder(intent.nomsNumber);
    if (holds(holder)) return { kind: 'applied' };
    if (holder.kind === 'several') return { kind: 'unknown', heldElsewhere: true };
    return notApplied;
  }
  if (holds(await communityApi.findNomsNumberHolder(intent.newNomsNumber))) return { kind: 'applied' };
  if (holds(await communityApi.findNomsNumberHolder(intent.oldNomsNumber))) return notApplied;
  return { kind: 'unknown', heldElsewhere: false };
}

/** While an intent is unsettled its row is kept at least this long past each attempt. */
export const INTENT_RETENTION_DAYS = 7;
/** ...but never longer than this after the intent was recorded: then it is given up (`P2PWriteIntentGivenUp`). */
export const INTENT_RETENTION_LIMIT_DAYS = 90;

const DAY_SECONDS = 86_400;

/** The `deleteBy` of a row still owing after an attempt (an expiring row takes its reminder with it). */
export function intentRetention(
  deleteBy: number,
  recordedAt: string,
  now: Date,
): { deleteBy: number; givenUp: boolean } {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const limit = Math.floor(Date.parse(recordedAt) / 1000) + INTENT_RETENTION_LIMIT_DAYS * DAY_SECONDS;
  const wanted = Math.max(deleteBy, nowSeconds + INTENT_RETENTION_DAYS * DAY_SECONDS);
  return wanted > limit
    ? { deleteBy: Math.max(deleteBy, limit), givenUp: true }
    : { deleteBy: wanted, givenUp: false };
}
