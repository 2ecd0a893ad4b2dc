import { SystemError } from '../errors/system-error';
import type { HmppsDomainEvent } from '../ports/domain-events.port';

/** The `pendingEvents` attribute: the domain events a row still owes, as a JSON array. */
export function serialisePendingEvents(events: readonly HmppsDomainEvent[]): string {
  return JSON.stringify(events);
}

/**
 * The events recorded in a row's `pendingEvents`. This service wrote the value itself, so anything else is a
 * fault to look at, not something to guess about or drop.
 */
export function parsePendingEvents(rowId: string, pendingEvents: string): HmppsDomainEvent[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(pendingEvents);
  } catch (err) {
    throw invalid(rowId, err);
  }
  if (!Array.isArray(parsed) || !parsed.every(isDomainEventShaped)) throw invalid(rowId);
  return parsed as HmppsDomainEvent[];
}

function isDomainEventShaped(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Partial<HmppsDomainEvent>;
  return typeof event.eventType === 'string' && typeof event.personReference === 'object';
}

function invalid(rowId: string, cause?: unknown): SystemError {
  return new SystemError(`row ${rowId} has pendingEvents that are not a JSON array of domain events`, {
    code: 'PROCESSING.PENDING_EVENTS_INVALID',
    retryable: false,
    cause,
    details: { rowId },
  });
}
