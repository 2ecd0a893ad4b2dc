import type { ImprisonmentStatusChangedEvent } from '../../events/inner-event';
import type { Booking, IsoDate } from '../../upstream/prison';
import { TELEMETRY_NOT_PRESENT } from '../../telemetry/telemetry-events';

export function eventKeys(event: ImprisonmentStatusChangedEvent) {
  return { bookingId: String(event.bookingId), imprisonmentStatusSeq: String(event.imprisonmentStatusSeq) };
}

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
