import type { Message } from '@aws-sdk/client-sqs';
import { ITEM_REFUSED_CODE } from '@ptpu/aws';
import {
  isSystemError,
  validateEvent,
  type Clock,
  type MessageRow,
  type ParsedEventMessage,
  type PrisonApi,
  type ValidationRejectionReason,
} from '@ptpu/domain';
import { addLogContext } from '@ptpu/platform';
import type { DeadLetterQueue } from '../queues/dead-letter';
import { rowForEvent } from './row-for-event';

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

export interface EventHandlerDeps {
  prisonApi: PrisonApi;
  /** The message table, idempotent on the row id. */
  rows: { storeIfAbsent(row: MessageRow): Promise<'stored' | 'duplicate'> };
  deadLetters: DeadLetterQueue;
  clock: Clock;
  /** `PRISONTOPROBATION_ONLY_PRISONS`; empty means every prison. */
  interestedPrisons: readonly string[];
}

/**
 * Takes one parsed delivery to its outcome and makes that outcome durable (row stored, copy in the DLQ)
 * before returning, so the caller may delete the message. Any failure on the way (prison-api, token,
 * DynamoDB, SQS) is thrown: nothing is decided and the message must be tried again.
 */
export async function handleEventMessage(
  parsed: ParsedEventMessage,
  message: Message,
  deps: EventHandlerDeps,
): Promise<HandlingOutcome> {
  switch (parsed.kind) {
    case 'poison':
      // No retry can make sense of it, and prison-api must never be asked about booking 0.
      await deps.deadLetters.send(message, parsed.reason);
      return { kind: 'poison', reason: parsed.reason };
    case 'unhandled':
      return {
        kind: 'ignored',
        reason: 'unhandled-event-type',
        description: `We received a message of event type ${parsed.eventType} which I really wasn't expecting`,
      };
    case 'handled': {
      const verdict = await validateEvent(parsed.event, deps.prisonApi, deps.interestedPrisons);
      if (verdict.booking) addLogContext({ nomsNumber: verdict.booking.offenderNo });
      if (verdict.kind === 'reject') return { kind: 'ignored', ...verdict.rejection };
      let stored: 'stored' | 'duplicate';
      try {
        stored = await deps.rows.storeIfAbsent(rowForEvent(parsed, verdict.booking, deps.clock.now()));
      } catch (err) {
        // A row DynamoDB refuses as it is (too big, say) is refused on every receive: poison, not transient.
        if (!isSystemError(err) || err.code !== ITEM_REFUSED_CODE) throw err;
        const reason = `the message table refused its row: ${err.message}`;
        await deps.deadLetters.send(message, reason);
        return { kind: 'poison', reason };
      }
      return { kind: stored };
    }
  }
}
