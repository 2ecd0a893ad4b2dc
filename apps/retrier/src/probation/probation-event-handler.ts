import type { Message } from '@aws-sdk/client-sqs';
import { parseProbationEvent, type ParsedProbationEvent } from '@ptpu/domain';
import type { Logger } from '@ptpu/platform';
import type { DeadLetterQueue, MessageHandler } from '@ptpu/queues';
import { workWaitingBookings, type WaitingBookingsDeps } from './work-waiting-bookings';

/** Where one probation event ended up, durable before its message is deleted. */
export type ProbationEventOutcome =
  | { kind: 'worked'; bookings: { bookingId: number; statuses: string[] }[] }
  | { kind: 'ignored'; reason: 'nobody-waits' | 'unhandled-event-type' }
  | { kind: 'poison'; reason: string };

export interface ProbationEventHandlerDeps extends WaitingBookingsDeps {
  deadLetters: DeadLetterQueue;
}

/**
 * The retrier's part of settling a probation event message (libs/queues settles it around this): a case that
 * changed has the bookings waiting on it worked now; every line logged names the message and the case.
 */
export function probationEventHandler(
  deps: ProbationEventHandlerDeps,
): MessageHandler<ProbationEventOutcome, ParsedProbationEvent> {
  return {
    read: (message) => parseProbationEvent(message.Body ?? ''),
    logContextOf,
    handle: (parsed, message) => handle(parsed, message, deps),
    reasonOf: (outcome) => (outcome.kind === 'ignored' ? outcome.reason : outcome.kind),
    logOutcome,
  };
}

async function handle(
  parsed: ParsedProbationEvent,
  message: Message,
  deps: ProbationEventHandlerDeps,
): Promise<ProbationEventOutcome> {
  switch (parsed.kind) {
    case 'poison':
      await deps.deadLetters.send(message, parsed.reason);
      return { kind: 'poison', reason: parsed.reason };
    case 'unhandled':
      return { kind: 'ignored', reason: 'unhandled-event-type' };
    case 'handled': {
      const worked = await workWaitingBookings(parsed, deps);
      return worked.kind === 'nobody-waits' ? { kind: 'ignored', reason: 'nobody-waits' } : worked;
    }
  }
}

function logContextOf(parsed: ParsedProbationEvent) {
  return {
    messageId: parsed.messageId,
    eventType: parsed.kind === 'poison' ? undefined : parsed.eventType,
    crn: parsed.kind === 'handled' ? parsed.crn : undefined,
    nomsNumber: parsed.kind === 'handled' ? parsed.nomsNumber : undefined,
  };
}

function logOutcome(outcome: ProbationEventOutcome, logger: Logger): void {
  switch (outcome.kind) {
    case 'worked':
      return logger.info(
        { reason: 'worked', bookings: outcome.bookings },
        'probation event: the bookings waiting on the case worked now',
      );
    case 'ignored':
      return logger.info({ reason: outcome.reason }, 'probation event ignored');
    case 'poison':
      return logger.warn(
        { reason: 'poison', rejectReason: outcome.reason },
        'poison message moved to the DLQ',
      );
  }
}
