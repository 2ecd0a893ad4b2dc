import type { MatchedCase } from '../../matching/decide-match';
import { TELEMETRY_EVENTS } from '../../telemetry/telemetry-events';
import type { Booking } from '../../upstream/booking';
import { prisonIdentifierAdded } from '../../upstream/prison-identifier-events';
import { WITHHELD, type Attempt } from '../attempt';

/**
 * Puts the prisoner's NOMS number on the matched case unless it already holds it, and then owes the domain
 * event that tells other services the case is now linked to a prisoner.
 */
export async function linkCase(matched: MatchedCase, booking: Booking, attempt: Attempt): Promise<void> {
  if (!matched.nomsNumberWriteNeeded) return;
  const { crn } = matched;
  const nomsNumber = booking.offenderNo;
  const sent = await attempt.write({ write: 'setNomsNumber', crn, nomsNumber }, (api) =>
    api.setNomsNumber(crn, nomsNumber),
  );
  if (sent === WITHHELD) return;
  attempt.track({
    name: TELEMETRY_EVENTS.offenderNumberSet,
    properties: { offenderNo: nomsNumber, bookingNumber: booking.bookingNo, crn },
  });
  await attempt.owe([
    prisonIdentifierAdded({ crn, nomsNumber, bookingNumber: booking.bookingNo, occurredAt: attempt.now() }),
  ]);
}
