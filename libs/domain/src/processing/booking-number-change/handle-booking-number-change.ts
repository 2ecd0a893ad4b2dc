import type { BookingNumberChangedEvent } from '../../events/inner-event';
import { done } from '../../message/outcome';
import { TELEMETRY_EVENTS } from '../../telemetry/telemetry-events';
import type { Booking } from '../../upstream/booking';
import { prisonIdentifierUpdated } from '../../upstream/prison-identifier-events';
import { isInterestedPrison } from '../../validation/interested-prisons';
import { mergedNomsNumbers } from '../../validation/merged-noms-numbers';
import { WITHHELD, type Attempt } from '../attempt';
import type { HandlerResult } from '../handler-result';

/**
 * BOOKING_NUMBER-CHANGED (architecture.md section 3.4, reference section 5.2): NOMIS merged prisoner records,
 * so every Delius case still holding a merged (old) NOMS number gets the booking's current one. Done whatever
 * Delius answers: a number nobody holds (404) or one already taken (409) will not change by waiting.
 */
export async function handleBookingNumberChange(
  event: BookingNumberChangedEvent,
  attempt: Attempt,
): Promise<HandlerResult> {
  const { prisonApi } = attempt.upstreams;
  const found = await prisonApi.getBooking(event.bookingId);
  if (found.kind === 'not-found') return { outcome: done('NO_LONGER_VALID') };
  const booking = found.value;
  if (!isInterestedPrison(booking.agencyId, attempt.interestedPrisons))
    return { outcome: done('NO_LONGER_VALID') };

  for (const oldNomsNumber of mergedNomsNumbers(await prisonApi.getMergedIdentifiers(event.bookingId))) {
    await replaceNomsNumber(booking, oldNomsNumber, attempt);
  }
  return { outcome: done('COMPLETED') };
}

async function replaceNomsNumber(booking: Booking, oldNomsNumber: string, attempt: Attempt): Promise<void> {
  const newNomsNumber = booking.offenderNo;
  const replaced = await attempt.write({ write: 'replaceNomsNumber', oldNomsNumber, newNomsNumber }, (api) =>
    api.replaceNomsNumber(oldNomsNumber, newNomsNumber),
  );
  if (replaced === WITHHELD) return;
  const people = {
    bookingId: String(booking.bookingId),
    offenderNo: newNomsNumber,
    oldOffenderNo: oldNomsNumber,
  };
  if (replaced.kind !== 'ok') {
    attempt.track({ name: TELEMETRY_EVENTS.bookingNumberChangedOffenderNotFound, properties: people });
    return;
  }
  for (const { crn } of replaced.value) {
    attempt.track({ name: TELEMETRY_EVENTS.bookingNumberChanged, properties: { ...people, crn } });
  }
  await attempt.owe(
    replaced.value.map(({ crn }) =>
      prisonIdentifierUpdated({
        crn,
        nomsNumber: newNomsNumber,
        previousNomsNumber: oldNomsNumber,
        bookingNumber: booking.bookingNo,
        occurredAt: attempt.now(),
      }),
    ),
  );
}
