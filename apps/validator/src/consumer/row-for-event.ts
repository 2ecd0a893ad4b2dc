import { reportingDeleteBy, type Booking, type HandledEventMessage, type MessageRow } from '@ptpu/domain';

/**
 * The row stored for an event that passed validation: keyed by the SNS MessageId (so a redelivery finds it),
 * waiting for its first processing, with the booking as validation saw it for the reports.
 */
export function rowForEvent(parsed: HandledEventMessage, booking: Booking, now: Date): MessageRow {
  return {
    id: parsed.messageId,
    bookingId: parsed.event.bookingId,
    eventType: parsed.eventType,
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
