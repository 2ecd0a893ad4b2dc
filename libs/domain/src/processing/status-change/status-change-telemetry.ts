import type { ImprisonmentStatusChangedEvent } from '../../events/inner-event';
import type { Booking, IsoDate } from '../../upstream/prison';
import { TELEMETRY_NOT_PRESENT } from '../../telemetry/telemetry-events';

/** The keys every status-change event carries, tying it back to the NOMIS event. */
export function eventKeys(event: ImprisonmentStatusChangedEvent) {
  return { bookingId: String(event.bookingId), imprisonmentStatusSeq: String(event.imprisonmentStatusSeq) };
}

/** The keys of the status-change events that describe the booking and the sentence being linked. */
export function bookingKeys(
  event: ImprisonmentStatusChangedEvent,
  booking: Booking,
  sentenceStartDate: IsoDate,
) {
  return {
    ...eventKeys(event),
    offenderNo: booking.offenderNo,
    bookingNumber: booking.bookingNo,
    agencyId: booking.agencyId ?? TELEMETRY_NOT_PRESENT,
    sentenceStartDate,
  };
}
