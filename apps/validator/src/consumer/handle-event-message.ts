import type { Message } from '@aws-sdk/client-sqs';
import { ITEM_REFUSED_CODE } from '@ptpu/aws';
import {
  eventOfMessage,
  isSystemError,
  reportingDeleteBy,
  validateEvent,
  validationRejection,
  type Booking,
  type Clock,
  type HandledEventMessage,
  type MessageRow,
  type ParsedEventMessage,
  type PrisonApi,
  type ValidationRejection,
  type ValidationRejectionReason,
} from '@ptpu/domain';
import { addLogContext } from '@ptpu/platform';
import type { DeadLetterQueue } from '@ptpu/queues';
import type { DynamoMessageRepository } from '@ptpu/store';

/**
 * Where one SQS message ended up (docs/architecture.md, Outcomes and statuses). Each is durable before the
 * message is deleted: a row in the message table, a copy in the DLQ, or nothing to keep. A transient failure
 * has no outcome: it is thrown.
 */
export type HandlingOutcome =
  | { kind: 'stored' }
  | { kind: 'duplicate' }
  | {
      kind: 'ignored';
      reason: ValidationRejectionReason | 'unhandled-event-type' | 'own-domain-event';
      description: string;
    }
  | { kind: 'poison'; reason: string };

const rejected = (rejection: ValidationRejection): HandlingOutcome => ({ kind: 'ignored', ...rejection });

export interface EventHandlerDeps {
  prisonApi: PrisonApi;
  /** The message table, idempotent on the row id. */
  rows: Pick<DynamoMessageRepository, 'storeIfAbsent'>;
  deadLetters: DeadLetterQueue;
  clock: Clock;
  /** `PRISONTOPROBATION_ONLY_PRISONS`; empty means every prison. */
  interestedPrisons: readonly string[];
}

/**
 * Takes one parsed delivery to its outcome and makes that outcome durable before returning, so the caller may
 * delete the message. Any failure on the way (prison-api, token, DynamoDB, SQS) is thrown: nothing is decided
 * and the message must be tried again.
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
      // What this service publishes comes back on the topic its queue hears: acting on it would loop.
      return parsed.ownEvent
        ? {
            kind: 'ignored',
            reason: 'own-domain-event',
            description: `${parsed.eventType} is published by this service`,
          }
        : {
            kind: 'ignored',
            reason: 'unhandled-event-type',
            description: `We received a message of event type ${parsed.eventType} which I really wasn't expecting`,
          };
    case 'handled': {
      const event = await eventOfMessage(parsed, deps.prisonApi);
      if (event === undefined) return rejected(validationRejection('booking-not-found'));
      addLogContext({ bookingId: event.bookingId });
      const verdict = await validateEvent(event, deps.prisonApi, deps.interestedPrisons);
      if (verdict.booking) addLogContext({ nomsNumber: verdict.booking.offenderNo });
      if (verdict.kind === 'reject') return rejected(verdict.rejection);
      let stored: 'stored' | 'duplicate';
      try {
        const row = rowForEvent(parsed, event.bookingId, verdict.booking, deps.clock.now());
        stored = await deps.rows.storeIfAbsent(row);
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

/**
 * The row stored for an event that passed validation: keyed by the SNS MessageId (so a redelivery finds it),
 * waiting for its first processing, with the booking as validation saw it for the reports. A domain event is
 * stored as its classic twin, with the type it came as so its body is read as it was written.
 */
export function rowForEvent(
  parsed: HandledEventMessage,
  bookingId: number,
  booking: Booking,
  now: Date,
): MessageRow {
  return {
    id: parsed.messageId,
    bookingId,
    eventType: parsed.eventType,
    ...(parsed.receivedAs && { receivedAs: parsed.receivedAs }),
    message: parsed.message,
    createdDate: now.toISOString(),
    retryCount: 0,
    deleteBy: reportingDeleteBy(now),
    status: 'VALIDATED',
    offenderNo: booking.offenderNo,
    bookingNo: booking.bookingNo,
    locationId: booking.agencyId,
    locationDescription: booking.locationDescription,
    recall: booking.recall,
    legalStatus: booking.legalStatus,
  };
}
