import { SystemError } from '../../errors/system-error';
import { decideMatch, type MatchDecision } from '../../matching/decide-match';
import type { MatchCandidate } from '../../matching/match-candidate';
import { TELEMETRY_EVENTS } from '../../telemetry/telemetry-events';
import type { Booking } from '../../upstream/booking';
import type { Conviction } from '../../upstream/conviction';
import type { IsoDate } from '../../upstream/iso-date';
import type { Attempt } from '../attempt';

/**
 * Finds the prisoner's Delius case (issue 6 item 3): prisoner details for PNC and CRO, offender-search's
 * candidates, every candidate's convictions, then the matching rules. Emits `P2POffenderMatch` with what was
 * found, whatever the decision.
 */
export async function matchPrisoner(
  booking: Booking,
  sentenceStartDate: IsoDate,
  attempt: Attempt,
): Promise<MatchDecision> {
  const { prisonApi, offenderSearch, communityApi } = attempt.upstreams;
  const [prisoner] = await prisonApi.getPrisonerDetails(booking.offenderNo);
  if (!prisoner) {
    // The booking names this prisoner, so prison-api should know them; an empty answer is worth another try.
    throw new SystemError(`prison-api has no prisoner details for ${booking.offenderNo}`, {
      code: 'PROCESSING.PRISONER_DETAILS_EMPTY',
      retryable: true,
      details: { offenderNo: booking.offenderNo, bookingId: booking.bookingId },
    });
  }
  const { matchedBy, matches } = await offenderSearch.match({
    firstName: booking.firstName,
    surname: booking.lastName,
    dateOfBirth: booking.dateOfBirth,
    nomsNumber: booking.offenderNo,
    pncNumber: prisoner.pncNumber,
    croNumber: prisoner.croNumber,
    activeSentence: true,
  });

  const convictionsByCrn = new Map<string, readonly Conviction[]>();
  for (const { offender } of matches) {
    const crn = offender.otherIds.crn;
    if (!convictionsByCrn.has(crn)) convictionsByCrn.set(crn, await communityApi.getConvictions(crn));
  }
  const candidates: MatchCandidate[] = matches.map(({ offender }) => ({
    offender,
    convictions: convictionsByCrn.get(offender.otherIds.crn) ?? [],
  }));
  const decision = decideMatch(
    {
      offenderNo: booking.offenderNo,
      pncNumber: prisoner.pncNumber,
      croNumber: prisoner.croNumber,
      sentenceStartDate,
    },
    candidates,
  );

  attempt.track({
    name: TELEMETRY_EVENTS.offenderMatch,
    properties: {
      offenderNo: booking.offenderNo,
      bookingNumber: booking.bookingNo,
      matchedBy,
      matches: String(matches.length),
      filtered_matches: String(decision.passingCrns.length),
      crns: decision.candidateCrns.join(', '),
      filtered_crns: decision.passingCrns.join(', '),
    },
  });
  return decision;
}
