import type { ImprisonmentStatusChangedEvent } from '../../events/inner-event';
import type { MatchedCase } from '../../matching/decide-match';
import { policeIdentifiersAgree, sameNomsNumber } from '../../matching/police-identifiers';
import { tryLater } from '../../message/outcome';
import { TELEMETRY_EVENTS } from '../../telemetry/telemetry-events';
import type { Booking } from '../../upstream/prison';
import { prisonIdentifierEvent } from '../owed-events';
import { WITHHELD, type Attempt, type HandlerResult } from '../attempt';
import type { PrisonerMatchDecision } from './match-prisoner';
import { eventKeys } from './status-change-telemetry';

/** Why the prisoner's NOMS number cannot go on the matched case (the `reason` of `P2PNomsNumberHeldElsewhere`). */
const HELD_ELSEWHERE_REASONS = {
  another: 'NOMS number held by another case',
  several: 'NOMS number held by several cases',
} as const;

/**
 * Links the matched case to the prisoner. community-api is asked first who holds the prisoner's NOMS number,
 * whether or not a write is needed: a number on two cases leaves every custody call, addressed by that number,
 * finding no single offender. So when another case holds it (or several do), nothing is written:
 * - a holder that agrees with NOMIS on PNC or CRO is the prisoner's own case, which has not recorded this
 *   sentence yet: the row waits for it (`NOMS_NUMBER_HOLDER_AWAITS_SENTENCE`), naming only the holder; the
 *   look-alike the search matched is not offered;
 * - otherwise nothing tells the cases apart: the row waits (`NOMS_NUMBER_HELD_ELSEWHERE`), naming the matched
 *   case and the holders, until a person decides which case is the prisoner's.
 *
 * Otherwise the number is set unless the case holds it already, and the domain event owed: `added`, or
 * `updated` with the previous number when the case held a number merged into the prisoner's. The write and
 * its event are recorded as the row's intent first, so an answer lost on the way back still gets the event
 * announced once a later attempt finds the case holding the number.
 *
 * @returns undefined once the case holds the number (or would, in dry run); the row's end when it cannot.
 */
export async function linkCase(
  matched: MatchedCase & Pick<PrisonerMatchDecision, 'prisonerIds'>,
  event: ImprisonmentStatusChangedEvent,
  booking: Booking,
  attempt: Attempt,
): Promise<HandlerResult | undefined> {
  const { crn } = matched;
  const nomsNumber = booking.offenderNo;
  const holder = await attempt.upstreams.communityApi.findNomsNumberHolder(nomsNumber);
  if (holder.kind === 'one' && holder.crn === crn) {
    // An earlier write of this booking, settled as not applied, landed after all: announce it now.
    const landedLate = attempt.eventsOfSettledIntent(crn, nomsNumber);
    if (landedLate) await attempt.owe(landedLate);
    return undefined;
  }
  const otherHolders = matched.nomsNumberHolderCrns.filter((known) => known !== crn);
  if (holder.kind === 'one') {
    if (policeIdentifiersAgree(holder, matched.prisonerIds))
      return ownCaseAwaitsSentence(event, booking, holder.crn);
    return heldElsewhere(event, booking, crn, [holder.crn, ...otherHolders], HELD_ELSEWHERE_REASONS.another);
  }
  if (holder.kind === 'several') {
    return heldElsewhere(event, booking, crn, otherHolders, HELD_ELSEWHERE_REASONS.several);
  }

  const previousNomsNumber =
    matched.heldNomsNumber !== undefined && !sameNomsNumber(matched.heldNomsNumber, nomsNumber)
      ? matched.heldNomsNumber
      : undefined;
  const bookingNumber = booking.bookingNo;
  const occurredAt = attempt.now();
  const events = [prisonIdentifierEvent({ crn, nomsNumber, previousNomsNumber, bookingNumber, occurredAt })];
  await attempt.intend({
    write: 'setNomsNumber',
    crn,
    nomsNumber,
    events,
    recordedAt: occurredAt.toISOString(),
  });
  const sent = await attempt.write({ write: 'setNomsNumber', crn, nomsNumber }, (api) =>
    api.setNomsNumber(crn, nomsNumber),
  );
  if (sent === WITHHELD) return undefined;
  attempt.track({
    name: TELEMETRY_EVENTS.offenderNumberSet,
    properties: {
      offenderNo: nomsNumber,
      bookingNumber,
      crn,
      ...(previousNomsNumber !== undefined && { oldOffenderNo: previousNomsNumber }),
    },
  });
  await attempt.owe(events);
  return undefined;
}

function heldElsewhere(
  event: ImprisonmentStatusChangedEvent,
  booking: Booking,
  crn: string,
  holders: readonly string[],
  reason: string,
): HandlerResult {
  const distinctHolders = [...new Set(holders)];
  return {
    // The matched case first, then the holders: the probation team clears the link on those.
    outcome: tryLater('NOMS_NUMBER_HELD_ELSEWHERE', { matchingCrns: [crn, ...distinctHolders] }),
    finalEvent: {
      name: TELEMETRY_EVENTS.nomsNumberHeldElsewhere,
      properties: {
        ...eventKeys(event),
        offenderNo: booking.offenderNo,
        bookingNumber: booking.bookingNo,
        crn,
        crns: distinctHolders.join(', '),
        reason,
      },
    },
  };
}

/** The holder is the prisoner's own case, by PNC or CRO, still without this sentence: wait for it. */
function ownCaseAwaitsSentence(
  event: ImprisonmentStatusChangedEvent,
  booking: Booking,
  holderCrn: string,
): HandlerResult {
  return {
    outcome: tryLater('NOMS_NUMBER_HOLDER_AWAITS_SENTENCE', { matchingCrns: [holderCrn] }),
    finalEvent: {
      name: TELEMETRY_EVENTS.nomsNumberHolderAwaitsSentence,
      properties: {
        ...eventKeys(event),
        offenderNo: booking.offenderNo,
        bookingNumber: booking.bookingNo,
        crn: holderCrn,
      },
    },
  };
}
