import type { ImprisonmentStatusChangedEvent } from '../../events/inner-event';
import type { MatchedCase } from '../../matching/decide-match';
import { policeIdentifiersAgree, sameNomsNumber } from '../../matching/police-identifiers';
import { tryLater } from '../../message/outcome';
import { TELEMETRY_EVENTS } from '../../telemetry/telemetry-events';
import type { Booking } from '../../upstream/prison';
import { prisonIdentifierEvent } from '../owed-events';
import { WITHHELD, type Attempt, type HandlerResult } from '../attempt';
import type { PrisonerMatchDecision } from './match-prisoner';
import { eventKeys } from './sync-custody';

/**
 * Links the matched case to the prisoner (docs/architecture.md, Processing a booking). Who holds the NOMS
 * number is asked first, write or not: a number on two cases leaves every custody call finding no single
 * offender, so when another case holds it nothing is written. A holder agreeing with NOMIS on PNC or CRO is
 * the prisoner's own case still without this sentence; any other leaves the choice to a person. Otherwise the
 * number is set, its event recorded as the row's intent first. Returns undefined once the case holds it.
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
  const bookingNumber = booking.bookingNo;
  const keys = { ...eventKeys(event), offenderNo: nomsNumber, bookingNumber };
  const otherHolders = matched.nomsNumberHolderCrns.filter((known) => known !== crn);
  if (holder.kind === 'one' && policeIdentifiersAgree(holder, matched.prisonerIds)) {
    return {
      outcome: tryLater('NOMS_NUMBER_HOLDER_AWAITS_SENTENCE', { matchingCrns: [holder.crn] }),
      finalEvent: {
        name: TELEMETRY_EVENTS.nomsNumberHolderAwaitsSentence,
        properties: { ...keys, crn: holder.crn },
      },
    };
  }
  if (holder.kind !== 'nobody') {
    const one = holder.kind === 'one';
    const holders = [...new Set(one ? [holder.crn, ...otherHolders] : otherHolders)];
    const reason = one ? 'NOMS number held by another case' : 'NOMS number held by several cases';
    return {
      // The matched case first, then the holders: the probation team clears the link on those.
      outcome: tryLater('NOMS_NUMBER_HELD_ELSEWHERE', { matchingCrns: [crn, ...holders] }),
      finalEvent: {
        name: TELEMETRY_EVENTS.nomsNumberHeldElsewhere,
        properties: { ...keys, crn, crns: holders.join(', '), reason },
      },
    };
  }

  const previousNomsNumber =
    matched.heldNomsNumber !== undefined && !sameNomsNumber(matched.heldNomsNumber, nomsNumber)
      ? matched.heldNomsNumber
      : undefined;
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
