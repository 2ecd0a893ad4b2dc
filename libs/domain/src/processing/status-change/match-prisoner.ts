import { SystemError } from '../../errors/system-error';
import {
  decideMatch,
  distinctSorted,
  type MatchCandidate,
  type MatchDecision,
  type MatchingPrisoner,
} from '../../matching/decide-match';
import { sameNomsNumber } from '../../matching/police-identifiers';
import { TELEMETRY_EVENTS } from '../../telemetry/telemetry-events';
import type { Conviction, MatchRequest, OffenderMatches } from '../../upstream/delius';
import type { Booking, IsoDate, PrisonerDetails } from '../../upstream/prison';
import { mergedNomsNumbers } from '../../validation/validate-event';
import type { Attempt } from '../attempt';

/**
 * A match decision, with the prisoner's PNC and CRO (for the link to compare holders), and every case either
 * search offered, passing or not: a change to any of them in Delius may decide the match differently.
 */
export type PrisonerMatchDecision = MatchDecision & {
  prisonerIds: Pick<PrisonerDetails, 'pncNumber' | 'croNumber'>;
  consideredCrns: readonly string[];
};

/**
 * Finds the prisoner's Delius case: prisoner details for PNC and CRO, offender-search's candidates, every
 * candidate's convictions, then the matching rules. offender-search stops at the first cascade step with
 * hits, so a case wrongly holding the prisoner's NOMS number hides every other. When a NOMS-number step
 * answered and none of its cases passes, the search is asked again without the NOMS number and that answer
 * decides (the stale holder still reported, for the link to name), unless it finds nobody.
 */
export async function matchPrisoner(
  booking: Booking,
  sentenceStartDate: IsoDate,
  attempt: Attempt,
): Promise<PrisonerMatchDecision> {
  const [prisoner] = await attempt.upstreams.prisonApi.getPrisonerDetails(booking.offenderNo);
  if (!prisoner) {
    // The booking names this prisoner, so prison-api should know them; an empty answer is worth another try.
    throw new SystemError(`prison-api has no prisoner details for ${booking.offenderNo}`, {
      code: 'PROCESSING.PRISONER_DETAILS_EMPTY',
      retryable: true,
      details: { offenderNo: booking.offenderNo, bookingId: booking.bookingId },
    });
  }
  const { offenderNo, firstName, lastName, dateOfBirth } = booking;
  const { pncNumber, croNumber } = prisoner;
  const matching = { offenderNo, pncNumber, croNumber, mergedNomsNumbers: [], sentenceStartDate };
  const search = new CandidateSearch(booking, matching, attempt);
  const request: MatchRequest = {
    firstName,
    surname: lastName,
    dateOfBirth,
    nomsNumber: offenderNo,
    pncNumber,
    croNumber,
    activeSentence: true,
  };
  const first = await search.decide(request, 'first');
  const decided = (decision: MatchDecision) => ({
    ...decision,
    prisonerIds: { pncNumber, croNumber },
    consideredCrns: search.consideredCrns,
  });
  if (!first.askAgain) return decided(first.decision);
  const { nomsNumber: _searched, ...withoutNomsNumber } = request;
  const { decision } = await search.decide(withoutNomsNumber, 'second');
  if (decision.kind === 'unmatched' && decision.status === 'NO_MATCH') return decided(first.decision);
  const holders = [...first.decision.nomsNumberHolderCrns, ...decision.nomsNumberHolderCrns];
  return decided({ ...decision, nomsNumberHolderCrns: distinctSorted(holders) });
}

/** One prisoner's searches, sharing the convictions and merged numbers read between the two passes. */
class CandidateSearch {
  private readonly convictionsByCrn = new Map<string, readonly Conviction[]>();
  /** The NOMS numbers merged into the prisoner's, once read. */
  private merged: readonly string[] | undefined;
  private readonly reportedOtherPrisonersCases = new Set<string>();

  get consideredCrns(): string[] {
    return distinctSorted([...this.convictionsByCrn.keys()]);
  }

  constructor(
    private readonly booking: Booking,
    private readonly prisoner: MatchingPrisoner,
    private readonly attempt: Attempt,
  ) {}

  /** Asks `/match` and decides; `askAgain` when a NOMS-number step answered and none of its cases passes. */
  async decide(
    request: MatchRequest,
    pass: 'first' | 'second',
  ): Promise<{ decision: MatchDecision; askAgain: boolean }> {
    const answer = await this.attempt.upstreams.offenderSearch.match(request);
    const candidates = await this.candidatesOf(answer);
    let decision = decideMatch({ ...this.prisoner, mergedNomsNumbers: this.merged ?? [] }, candidates);
    if (decision.otherPrisonersCases.length > 0 && this.merged === undefined) {
      // A case that would match holds another number: it is the prisoner's if that number was merged into theirs.
      const { prisonApi } = this.attempt.upstreams;
      this.merged = mergedNomsNumbers(await prisonApi.getMergedIdentifiers(this.booking.bookingId));
      decision = decideMatch({ ...this.prisoner, mergedNomsNumbers: this.merged }, candidates);
    }
    this.tell(answer, decision, pass);
    const askAgain =
      pass === 'first' && decision.passingCrns.length === 0 && this.answeredByNomsNumber(answer);
    return { decision, askAgain };
  }

  /** HMPPS_KEY is the NOMS number alone; the ALL_SUPPLIED steps used it when their cases hold it. */
  private answeredByNomsNumber({ matchedBy, matches }: OffenderMatches): boolean {
    if (matchedBy === 'HMPPS_KEY') return true;
    if (matchedBy !== 'ALL_SUPPLIED' && matchedBy !== 'ALL_SUPPLIED_ALIAS') return false;
    return matches.some(({ offender }) =>
      sameNomsNumber(offender.otherIds.nomsNumber, this.booking.offenderNo),
    );
  }

  private async candidatesOf({ matches }: OffenderMatches): Promise<MatchCandidate[]> {
    const { communityApi } = this.attempt.upstreams;
    for (const { offender } of matches) {
      const crn = offender.otherIds.crn;
      if (!this.convictionsByCrn.has(crn)) {
        this.convictionsByCrn.set(crn, await communityApi.getConvictions(crn));
      }
    }
    return matches.map(({ offender }) => ({
      offender,
      convictions: this.convictionsByCrn.get(offender.otherIds.crn) ?? [],
    }));
  }

  private tell(
    { matchedBy, matches }: OffenderMatches,
    decision: MatchDecision,
    pass: 'first' | 'second',
  ): void {
    const { offenderNo, bookingNo: bookingNumber } = this.booking;
    this.attempt.track({
      name: TELEMETRY_EVENTS.offenderMatch,
      properties: {
        offenderNo,
        bookingNumber,
        matchedBy,
        matches: String(matches.length),
        filtered_matches: String(decision.passingCrns.length),
        crns: decision.candidateCrns.join(', '),
        filtered_crns: decision.passingCrns.join(', '),
        pass,
      },
    });
    for (const { crn, nomsNumber } of decision.otherPrisonersCases) {
      if (this.reportedOtherPrisonersCases.has(crn)) continue;
      this.reportedOtherPrisonersCases.add(crn);
      this.attempt.track({
        name: TELEMETRY_EVENTS.candidateHoldsOtherNomsNumber,
        properties: { offenderNo, bookingNumber, crn, heldNomsNumber: nomsNumber },
      });
    }
  }
}
