import type { ValidationRejection, ValidationRejectionReason } from '@ptpu/domain';

/** Why an event was acknowledged without storing anything (docs/architecture.md, Outcomes and statuses). */
type IgnoredReason = ValidationRejectionReason | 'unhandled-event-type' | 'own-domain-event';

/**
 * Where one SQS message ended up. Each is durable before the message is deleted: a row in the message
 * table, a copy in the DLQ, or nothing to keep. A transient failure has no outcome: it is thrown.
 */
export type HandlingOutcome =
  | { kind: 'stored' }
  | { kind: 'duplicate' }
  | { kind: 'ignored'; reason: IgnoredReason; description: string }
  | { kind: 'poison'; reason: string };

export const unhandledEventType = (eventType: string): HandlingOutcome => ({
  kind: 'ignored',
  reason: 'unhandled-event-type',
  description: `We received a message of event type ${eventType} which I really wasn't expecting`,
});

/** What this service publishes comes back on the topic its queue hears: acting on it would loop. */
export const ownDomainEvent = (eventType: string): HandlingOutcome => ({
  kind: 'ignored',
  reason: 'own-domain-event',
  description: `${eventType} is published by this service`,
});

export const rejected = (rejection: ValidationRejection): HandlingOutcome => ({
  kind: 'ignored',
  reason: rejection.reason,
  description: rejection.description,
});

/**
 * The log / counter `reason` (docs/architecture.md, Outcomes and statuses): the rule's reason for an ignored event, otherwise
 * the outcome itself (a poison message's own reason is free text, so it goes in the log line only).
 */
export function reasonOf(outcome: HandlingOutcome): string {
  return outcome.kind === 'ignored' ? outcome.reason : outcome.kind;
}
