import { reportingDeleteBy, type Booking, type HandledEventMessage, type MessageRow } from '@ptpu/domain';

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
