import type { ValidationRejectionReason } from '@ptpu/domain';

/**
 * Where one SQS message ended up. Each is durable before the message is deleted: a row in the message
 * table, a copy in the DLQ, or nothing to keep. A transient failure has no outcome: it is thrown.
 */
export type HandlingOutcome =
  | { kind: 'stored' }
  | { kind: 'duplicate' }
  // Why an event was acknowledged without storing anything (docs/architecture.md, Outcomes and statuses).
  | { kind: 'ignored'; reason: ValidationRejectionReason | 'unhandled-event-type'; description: string }
  | { kind: 'poison'; reason: string };

/** The log and counter `reason`: a poison message's own reason is free text, so it goes in the log line only. */
export function reasonOf(outcome: HandlingOutcome): string {
  return outcome.kind === 'ignored' ? outcome.reason : outcome.kind;
}
