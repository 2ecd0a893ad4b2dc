/**
 * HMPPS domain events this service publishes on the domain topic,
 * so later services (custody status, key dates) act once a probation case is linked to a prisoner.
 */
export const PRISON_IDENTIFIER_ADDED = 'probation-case.prison-identifier.added';
export const PRISON_IDENTIFIER_UPDATED = 'probation-case.prison-identifier.updated';

export type DomainEventType = typeof PRISON_IDENTIFIER_ADDED | typeof PRISON_IDENTIFIER_UPDATED;

export interface PersonIdentifier {
  type: 'CRN' | 'NOMS';
  value: string;
}

/** The JSON body of an HMPPS domain event, nulls included, as the HMPPS consumers expect it. */
export interface HmppsDomainEvent {
  eventType: DomainEventType;
  version: 1;
  detailUrl: null;
  /** ISO offset date-time in Europe/London, e.g. `2023-07-13T10:00:00.123+01:00`. */
  occurredAt: string;
  description: string;
  additionalInformation: { bookingNumber: string; previousNomsNumber?: string };
  personReference: { identifiers: PersonIdentifier[] };
}

/**
 * Publishes to the domain topic with the SNS message attributes `eventType` (String) = `event.eventType` and
 * `eventId` (String) = `eventId`. Resolves once the topic accepted the event; throws `SystemError` otherwise
 * (publishing is awaited, unlike the original, so a lost event becomes a retry rather than silence).
 */
export interface DomainEventPublisher {
  publish(event: HmppsDomainEvent, eventId: string): Promise<void>;
}

/**
 * The id every publication of one event carries, however often a retry publishes it (domain events are at
 * least once): the row that owes it, the event type and the case, so a consumer can drop a repeat.
 */
export function domainEventId(rowId: string, event: HmppsDomainEvent): string {
  const crn = event.personReference.identifiers.find((identifier) => identifier.type === 'CRN')?.value;
  return `${rowId}/${event.eventType}/${crn ?? 'no-crn'}`;
}
