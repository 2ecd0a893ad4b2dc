import type { AppliedNomsWrite } from './delius-writes';

const PRISON_IDENTIFIER_EVENTS = [
  'probation-case.prison-identifier.added',
  'probation-case.prison-identifier.updated',
] as const;

/** A domain event drained from the harness's own queue on the domain topic. */
export interface DomainEventSeen {
  /** The SNS message attribute `eventId`; undefined when the publisher sent none. */
  eventId: string | undefined;
  eventType: string;
  crn: string | undefined;
  nomsNumber: string | undefined;
}

export interface Announcements {
  /** Applied NOMS-number writes no `prison-identifier` event announces. */
  unannounced: AppliedNomsWrite[];
  /** Deliveries beyond the first of one `eventId` (allowed: domain events are at least once). */
  repeats: number;
  /** Events without an `eventId`, which cannot be told apart from repeats. */
  withoutEventId: number;
}

/**
 * Every applied NOMS-number write must be announced: a `prison-identifier.added` or `.updated` naming the same
 * case and number (a merge's replace, whose route names no case, by the number alone). Writes of the same link
 * are announced by one event; an event announces every write of its link.
 */
export function checkAnnouncements(
  writes: readonly AppliedNomsWrite[],
  events: readonly DomainEventSeen[],
): Announcements {
  const identifierEvents = events.filter((event) =>
    (PRISON_IDENTIFIER_EVENTS as readonly string[]).includes(event.eventType),
  );
  const links = new Set(identifierEvents.map((event) => `${event.crn}|${event.nomsNumber}`));
  const numbers = new Set(identifierEvents.map((event) => event.nomsNumber));
  const unannounced = writes.filter((write) =>
    write.crn === undefined ? !numbers.has(write.nomsNumber) : !links.has(`${write.crn}|${write.nomsNumber}`),
  );
  const perId = new Map<string, number>();
  let withoutEventId = 0;
  for (const event of events) {
    if (event.eventId === undefined) withoutEventId += 1;
    else perId.set(event.eventId, (perId.get(event.eventId) ?? 0) + 1);
  }
  let repeats = 0;
  for (const count of perId.values()) repeats += count - 1;
  return { unannounced, repeats, withoutEventId };
}
