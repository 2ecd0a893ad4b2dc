import type { ImprisonmentStatusChangedEvent } from '../../events/inner-event';
import { wouldChangeLocation } from '../../key-dates/custody-key-dates';
import { isWithinSentenceDateWindow } from '../../matching/decide-match';
import { done, tryLater } from '../../message/outcome';
import { TELEMETRY_EVENTS, TELEMETRY_NOT_PRESENT } from '../../telemetry/telemetry-events';
import type { Custody } from '../../upstream/delius';
import type { Booking, IsoDate } from '../../upstream/prison';
import { WITHHELD, type Attempt, type HandlerResult } from '../attempt';
import { changedCodes, sentenceDetailOf, writeKeyDates } from '../key-dates/write-key-dates';

/**
 * Brings the matched case's custody into line with the booking (docs/architecture.md, Processing a booking):
 * book number, prison location, key dates, each written only where the custody read first differs.
 *
 * The custody holding the book number is this sentence's only when it started within 7 days of the primary
 * sentence start date: a new sentence in the same NOMIS booking finds it on the old custody. The book number
 * is then set (community-api picks the custody by the date), and a location or key-date 404 that follows
 * means two custodies hold it, which only the probation team can sort out.
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

  // Not read in dry run once a write was withheld: what Delius would hold is then unknown.
  const { communityApi } = attempt.upstreams;
  const read = attempt.withheldWrites ? undefined : await communityApi.getCustody(nomsNumber, bookingNo);
  const held = read?.kind === 'ok' ? read.value : undefined;
  const olderCustody = held && !isThisSentences(held, sentenceStartDate) ? held : undefined;
  let custody: Custody | undefined = olderCustody ? undefined : held;
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
  const thisCustody = custody;

  const detail = await sentenceDetailOf(booking, attempt);
  // A location or key-date 404; when another sentence's custody holds the book number too, the row says that.
  const custodyNotUpdated = async (failure: CustodyFailure): Promise<HandlerResult> => {
    // Delius may take these only once its records catch up, which can take until the sentence ends.
    const retry = { matchingCrns, retainUntilDate: detail.sentenceExpiryDate };
    const older = olderCustody ?? (await olderCustodyHolding(crn, booking, sentenceStartDate, attempt));
    if (!older) {
      return {
        outcome: tryLater(failure.status, retry),
        finalEvent: { name: failure.name, properties: keys },
      };
    }
    return {
      outcome: tryLater('BOOK_NUMBER_ON_TWO_CUSTODIES', retry),
      finalEvent: {
        name: TELEMETRY_EVENTS.bookNumberOnTwoCustodies,
        properties: {
          ...keys,
          crn,
          custodySentenceStartDate: thisCustody?.sentenceStartDate ?? TELEMETRY_NOT_PRESENT,
          olderCustodySentenceStartDate: older.sentenceStartDate ?? TELEMETRY_NOT_PRESENT,
        },
      },
    };
  };

  const agencyId = booking.agencyId;
  if (agencyId && (!custody || wouldChangeLocation(custody, agencyId))) {
    const body = { nomsPrisonInstitutionCode: agencyId };
    const set = await attempt.write({ write: 'setCustodyLocation', nomsNumber, bookingNo, ...body }, (api) =>
      api.setCustodyLocation(nomsNumber, bookingNo, body),
    );
    if (set !== WITHHELD && set.kind === 'not-found') {
      return custodyNotUpdated({ status: 'LOCATION_NOT_UPDATED', name: TELEMETRY_EVENTS.locationNotUpdated });
    }
    custody = set === WITHHELD ? undefined : set.value;
  }

  const keyDates = await writeKeyDates(custody, detail, { nomsNumber, bookingNo }, attempt);
  if (keyDates.kind === 'not-found') {
    return custodyNotUpdated({ status: 'KEY_DATES_NOT_UPDATED', name: TELEMETRY_EVENTS.keyDatesNotUpdated });
  }
  if (keyDates.kind === 'written' && !keyDates.withheld) {
    attempt.track({
      name: TELEMETRY_EVENTS.keyDatesUpdated,
      properties: {
        bookingId: keys.bookingId,
        eventType: event.eventType,
        offenderNo: nomsNumber,
        bookingNumber: bookingNo,
        changed: changedCodes(keyDates.changes),
      },
    });
  }

  return {
    outcome: done('COMPLETED', { matchingCrns }),
    finalEvent: { name: TELEMETRY_EVENTS.imprisonmentStatusUpdated, properties: keys },
  };
}

type CustodyFailure =
  | { status: 'LOCATION_NOT_UPDATED'; name: 'P2PLocationNotUpdated' }
  | { status: 'KEY_DATES_NOT_UPDATED'; name: 'P2PKeyDatesNotUpdated' };

/** A custody with no sentence start date is not shown to be this sentence's, so the book number is set. */
function isThisSentences(custody: Custody, sentenceStartDate: IsoDate): boolean {
  return (
    custody.sentenceStartDate !== undefined &&
    isWithinSentenceDateWindow(custody.sentenceStartDate, sentenceStartDate)
  );
}

/** An active custody of another sentence holding the book number (for a retry that did not see it first). */
async function olderCustodyHolding(
  crn: string,
  booking: Booking,
  sentenceStartDate: IsoDate,
  attempt: Attempt,
): Promise<Custody | undefined> {
  const convictions = await attempt.upstreams.communityApi.getConvictions(crn);
  return convictions
    .filter((conviction) => conviction.active)
    .map((conviction) => conviction.custody)
    .find(
      (custody): custody is Custody =>
        custody != null &&
        custody.bookingNumber === booking.bookingNo &&
        !isThisSentences(custody, sentenceStartDate),
    );
}

/** The keys of every status-change telemetry event: the handler's and the link's as well as these. */
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
