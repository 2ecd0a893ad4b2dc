import { parseInnerEvent } from '../events/parse-inner-event';
import { SystemError } from '../errors/system-error';
import type { MessageRow } from '../message/message-row';
import type { Attempt } from './attempt';
import { handleBookingNumberChange } from './booking-number-change/handle-booking-number-change';
import type { HandlerResult } from './attempt';
import { handleKeyDates } from './key-dates/handle-key-dates';
import { handleMovement } from './movement/handle-movement';
import { handleStatusChange } from './status-change/handle-status-change';

/**
 * Reads the stored event the same way the validator did on receipt (with the booking it found), and runs the
 * handler for its type: a domain event runs its classic twin's.
 */
export function handleRow(row: MessageRow, attempt: Attempt): Promise<HandlerResult> {
  const parsed = parseInnerEvent(row.receivedAs ?? row.eventType, row.message, row.bookingId);
  if (!('event' in parsed)) {
    // The validator parsed this very message before storing it, so this is a fault (a hand-edited row?).
    const reason = parsed.ok ? 'it names no booking' : parsed.reason;
    throw new SystemError(`row ${row.id} holds a message that cannot be read: ${reason}`, {
      code: 'PROCESSING.MESSAGE_INVALID',
      retryable: false,
      details: { rowId: row.id },
    });
  }
  const event = parsed.event;
  switch (event.eventType) {
    case 'IMPRISONMENT_STATUS-CHANGED':
      return handleStatusChange(event, attempt);
    case 'EXTERNAL_MOVEMENT_RECORD-INSERTED':
      return handleMovement(event, attempt);
    case 'BOOKING_NUMBER-CHANGED':
      return handleBookingNumberChange(event, attempt);
    default:
      return handleKeyDates(event, attempt);
  }
}
