import type { Message } from '@aws-sdk/client-sqs';
import { parseEventMessage, type ParsedEventMessage } from '@ptpu/domain';
import type { Logger } from '@ptpu/platform';
import type { MessageDescription, MessageHandler } from '@ptpu/queues';
import { handleEventMessage, type EventHandlerDeps, type HandlingOutcome } from './handle-event-message';

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
    // The rule's reason for an ignored event, otherwise the outcome: a poison message's reason is free text,
    // so it goes in the log line only.
    reasonOf: (outcome) => (outcome.kind === 'ignored' ? outcome.reason : outcome.kind),
    logOutcome,
  };
}

/** How an operator's DLQ redrive lists a prison event message: its event type and, for one of ours, its booking. */
export function describeEventMessage(message: Message): MessageDescription {
  const parsed = parseEventMessage(message.Body ?? '');
  return {
    ...(parsed.kind !== 'poison' && { eventType: parsed.eventType }),
    ...(parsed.kind === 'handled' && 'event' in parsed && { bookingId: parsed.event.bookingId }),
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
