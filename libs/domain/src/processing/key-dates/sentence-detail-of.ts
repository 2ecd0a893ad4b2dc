import { SystemError } from '../../errors/system-error';
import type { Booking, SentenceDetail } from '../../upstream/prison';
import type { Attempt } from '../attempt';

/** NOMIS's sentence dates for a booking this attempt has just read. */
export async function sentenceDetailOf(booking: Booking, attempt: Attempt): Promise<SentenceDetail> {
  const detail = await attempt.upstreams.prisonApi.getSentenceDetail(booking.bookingId);
  if (detail.kind === 'ok') return detail.value;
  // The booking was there a moment ago in this same attempt; its disappearing is worth another try.
  throw new SystemError(`prison-api has no sentence detail for booking ${booking.bookingId}`, {
    code: 'PROCESSING.SENTENCE_DETAIL_MISSING',
    retryable: true,
    details: { bookingId: booking.bookingId },
  });
}
