import type { ImprisonmentStatusChangedEvent } from '../../events/inner-event';
import { SystemError } from '../../errors/system-error';
import { custodyKeyDatesFor, wouldChangeKeyDates } from '../../key-dates/custody-key-dates';
import { wouldChangeLocation } from '../../key-dates/custody-location';
import { done, tryLater } from '../../message/outcome';
import { TELEMETRY_EVENTS } from '../../telemetry/telemetry-events';
import type { Booking } from '../../upstream/booking';
import type { Custody } from '../../upstream/custody';
import type { IsoDate } from '../../upstream/iso-date';
import type { SentenceDetail } from '../../upstream/sentence-detail';
import { WITHHELD, type Attempt } from '../attempt';
import type { HandlerResult } from '../handler-result';
import { bookingKeys } from './status-change-telemetry';

/**
 * Brings the matched case's custody record into line with the booking (issue 6 items 3 and 5): book number,
 * prison location, key dates, in that order, each only when the custody record read first says it would
 * change something, so a re-run of a completed booking writes nothing at all.
 */
export async function syncCustody(
  event: ImprisonmentStatusChangedEvent,
  booking: Booking,
  sentenceStartDate: IsoDate,
  crn: string,
  attempt: Attempt,
): Promise<HandlerResult> {
  const { offenderNo: nomsNumber, bookingNo } = booking;
  const keys = bookingKeys(event, booking, sentenceStartDate);
  const matchingCrns = [crn];

  // Undefined only in dry run once a write was withheld: what Delius would hold is then unknown.
  let custody: Custody | undefined = await custodyHoldingBookNumber(booking, attempt);
  if (!custody) {
    const body = { bookingNumber: bookingNo, sentenceStartDate };
    const set = await attempt.write({ write: 'setBookingNumber', nomsNumber, ...body }, (api) =>
      api.setBookingNumber(nomsNumber, body),
    );
    if (set !== WITHHELD && set.kind === 'not-found') {
      return {
        outcome: tryLater('BOOKING_NUMBER_NOT_ASSIGNED', { matchingCrns }),
        finalEvent: { name: TELEMETRY_EVENTS.bookingNumberNotAssigned, properties: keys },
      };
    }
    custody = set === WITHHELD ? undefined : set.value;
  }

  const detail = await sentenceDetailOf(booking, attempt);
  // Delius may only be able to take these once its records catch up, which can take until the sentence ends.
  const retainUntilDate = detail.sentenceExpiryDate;

  const agencyId = booking.agencyId;
  if (agencyId && (!custody || wouldChangeLocation(custody, agencyId))) {
    const body = { nomsPrisonInstitutionCode: agencyId };
    const set = await attempt.write({ write: 'setCustodyLocation', nomsNumber, bookingNo, ...body }, (api) =>
      api.setCustodyLocation(nomsNumber, bookingNo, body),
    );
    if (set !== WITHHELD && set.kind === 'not-found') {
      return {
        outcome: tryLater('LOCATION_NOT_UPDATED', { matchingCrns, retainUntilDate }),
        finalEvent: { name: TELEMETRY_EVENTS.locationNotUpdated, properties: keys },
      };
    }
    custody = set === WITHHELD ? undefined : set.value;
  }

  const keyDates = custodyKeyDatesFor(detail);
  if (!custody || wouldChangeKeyDates(keyDates, custody.keyDates)) {
    const set = await attempt.write({ write: 'replaceKeyDates', nomsNumber, bookingNo, keyDates }, (api) =>
      api.replaceKeyDates(nomsNumber, bookingNo, keyDates),
    );
    if (set !== WITHHELD && set.kind === 'not-found') {
      return {
        outcome: tryLater('KEY_DATES_NOT_UPDATED', { matchingCrns, retainUntilDate }),
        finalEvent: { name: TELEMETRY_EVENTS.keyDatesNotUpdated, properties: keys },
      };
    }
  }

  return {
    outcome: done('COMPLETED', { matchingCrns }),
    finalEvent: { name: TELEMETRY_EVENTS.imprisonmentStatusUpdated, properties: keys },
  };
}

/** The custody record that already holds the book number, if Delius has one and dry run has not diverged. */
async function custodyHoldingBookNumber(booking: Booking, attempt: Attempt): Promise<Custody | undefined> {
  if (attempt.withheldWrites) return undefined;
  const held = await attempt.upstreams.communityApi.getCustody(booking.offenderNo, booking.bookingNo);
  return held.kind === 'ok' ? held.value : undefined;
}

async function sentenceDetailOf(booking: Booking, attempt: Attempt): Promise<SentenceDetail> {
  const detail = await attempt.upstreams.prisonApi.getSentenceDetail(booking.bookingId);
  if (detail.kind === 'ok') return detail.value;
  // The booking was there a moment ago in this same attempt; its disappearing is worth another try.
  throw new SystemError(`prison-api has no sentence detail for booking ${booking.bookingId}`, {
    code: 'PROCESSING.SENTENCE_DETAIL_MISSING',
    retryable: true,
    details: { bookingId: booking.bookingId },
  });
}
