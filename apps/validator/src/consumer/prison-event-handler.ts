import { parseEventMessage, type ParsedEventMessage } from '@ptpu/domain';
import type { Logger } from '@ptpu/platform';
import type { MessageHandler } from '@ptpu/queues';
import { handleEventMessage, type EventHandlerDeps } from './handle-event-message';
import { reasonOf, type HandlingOutcome } from './handling-outcome';

/**
 * The validator's part of settling a prison event message (libs/queues settles it around this): every line
 * logged names the message, its event type and, for one of our events, its booking (and the NOMS number once
 * prison-api has said it); each outcome has its own line.
 */
export function prisonEventHandler(
  deps: EventHandlerDeps,
): MessageHandler<HandlingOutcome, ParsedEventMessage> {
  return {
    read: (message) => parseEventMessage(message.Body ?? ''),
    logContextOf,
    handle: (parsed, message) => handleEventMessage(parsed, message, deps),
    reasonOf,
    logOutcome,
  };
}

function logContextOf(parsed: ParsedEventMessage) {
  return {
    messageId: parsed.messageId,
    eventType: parsed.kind === 'poison' ? undefined : parsed.eventType,
    // An operator searches the log by booking or prisoner; the NOMS number joins once the booking is read.
    bookingId: parsed.kind === 'handled' && 'event' in parsed ? parsed.event.bookingId : undefined,
    nomsNumber: parsed.kind === 'handled' && 'findBookingOf' in parsed ? parsed.findBookingOf : undefined,
    receivedAs: parsed.kind === 'handled' ? parsed.receivedAs : undefined,
  };
}

function logOutcome(outcome: HandlingOutcome, logger: Logger): void {
  switch (outcome.kind) {
    case 'stored':
      return logger.info({ reason: 'stored' }, 'event stored for processing');
    case 'duplicate':
      return logger.info({ reason: 'duplicate' }, 'event already stored by an earlier delivery');
    case 'ignored':
      return logger.info({ reason: outcome.reason, description: outcome.description }, 'event ignored');
    case 'poison':
      return logger.warn(
        { reason: 'poison', rejectReason: outcome.reason },
        'poison message moved to the DLQ',
      );
  }
}
