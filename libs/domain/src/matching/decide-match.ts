import type { CandidateOffender, Conviction } from '../upstream/delius';
import { isIsoDate, type IsoDate, type PrisonerDetails } from '../upstream/prison';
import { crosContradict, nomsNumbersContradict, pncsContradict, sameNomsNumber } from './police-identifiers';

/** A Delius case offender-search proposed, with its convictions from community-api. */
export interface MatchCandidate {
  offender: CandidateOffender;
  convictions: readonly Conviction[];
}

/** The prisoner being matched; a case holding a NOMS number merged into theirs is theirs. */
export interface MatchingPrisoner extends Pick<PrisonerDetails, 'offenderNo' | 'pncNumber' | 'croNumber'> {
  mergedNomsNumbers: readonly string[];
  sentenceStartDate: IsoDate;
}

/** A candidate ruled out because its case holds another prisoner's NOMS number. */
interface OtherPrisonersCase {
  crn: string;
  nomsNumber: string;
}

interface MatchCrns {
  /** Every candidate's CRN, distinct and sorted (`crns` of `P2POffenderMatch`). */
  candidateCrns: readonly string[];
  /** The CRNs that passed the matching rules, distinct and sorted (`filtered_crns`). */
  passingCrns: readonly string[];
  /** What the row's `matchingCrns` records for this decision. */
  matchingCrns: readonly string[];
  /** Candidates whose case holds the prisoner's own NOMS number, distinct and sorted, passing or not. */
  nomsNumberHolderCrns: readonly string[];
  /** Candidates failing only by holding another prisoner's NOMS number, once per CRN, sorted by CRN. */
  otherPrisonersCases: readonly OtherPrisonersCase[];
}

export interface MatchedCase extends MatchCrns {
  kind: 'matched';
  crn: string;
  /** As offender-search saw it: absent, the prisoner's, or one merged into theirs (the link replaces it). */
  heldNomsNumber?: string;
}

/** No single case can be chosen yet; the row is tried later with `status`. */
interface NoSingleMatch extends MatchCrns {
  kind: 'unmatched';
  status: 'NO_MATCH' | 'NO_MATCH_WITH_SENTENCE_DATE' | 'TOO_MANY_MATCHES';
}

export type MatchDecision = MatchedCase | NoSingleMatch;

/**
 * Chooses the prisoner's Delius case from offender-search's candidates (docs/architecture.md, Processing a
 * booking), whatever its `matchedBy`: a NOMS-number match is no proof that the case holds this sentence. A
 * case linked to another prisoner is never taken over, however well it matches.
 */
export function decideMatch(
  prisoner: MatchingPrisoner,
  candidates: readonly MatchCandidate[],
): MatchDecision {
  const crnOf = (candidate: MatchCandidate) => candidate.offender.otherIds.crn;
  const rejections = candidates.map((candidate) => candidateRejection(prisoner, candidate));
  const passing = candidates.filter((_, i) => rejections[i] === undefined);
  const crns: MatchCrns = {
    candidateCrns: distinctSorted(candidates.map(crnOf)),
    passingCrns: distinctSorted(passing.map(crnOf)),
    matchingCrns: [],
    nomsNumberHolderCrns: distinctSorted(
      candidates
        .filter((c) => sameNomsNumber(c.offender.otherIds.nomsNumber, prisoner.offenderNo))
        .map(crnOf),
    ),
    otherPrisonersCases: otherPrisonersCases(
      candidates.filter((_, i) => rejections[i] === 'noms-number-contradicts'),
    ),
  };

  if (crns.candidateCrns.length === 0) return { kind: 'unmatched', status: 'NO_MATCH', ...crns };
  if (crns.passingCrns.length === 0) {
    // The cases searched are kept so an operator can see whom the prisoner nearly matched.
    return {
      kind: 'unmatched',
      status: 'NO_MATCH_WITH_SENTENCE_DATE',
      ...crns,
      matchingCrns: crns.candidateCrns,
    };
  }
  if (crns.passingCrns.length > 1) {
    return { kind: 'unmatched', status: 'TOO_MANY_MATCHES', ...crns, matchingCrns: crns.passingCrns };
  }
  const [crn] = crns.passingCrns;
  const heldNomsNumber = passing
    .map((c) => c.offender.otherIds.nomsNumber?.trim())
    .find((nomsNumber) => nomsNumber !== undefined && nomsNumber !== '');
  return {
    kind: 'matched',
    crn,
    ...(heldNomsNumber !== undefined && { heldNomsNumber }),
    ...crns,
    matchingCrns: [crn],
  };
}

/**
 * Why a candidate is not this prisoner's case (a stable string for logs), or undefined when it is. It must
 * hold a custodial conviction (active or not: an inactive one may be a recall) started within 7 days of the
 * prisoner's sentence, and its PNC, CRO and NOMS number must not name someone else (a number merged into the
 * prisoner's names them). The NOMS number is checked last: `noms-number-contradicts` is an otherwise match.
 */
export function candidateRejection(prisoner: MatchingPrisoner, candidate: MatchCandidate) {
  const ids = candidate.offender.otherIds;
  if (pncsContradict(prisoner.pncNumber, ids.pncNumber)) return 'pnc-contradicts';
  if (crosContradict(prisoner.croNumber, ids.croNumber)) return 'cro-contradicts';
  const hasCustodialSentenceNearDate = candidate.convictions.some(
    (conviction) =>
      conviction.custody != null &&
      conviction.sentence?.startDate != null &&
      isWithinSentenceDateWindow(conviction.sentence.startDate, prisoner.sentenceStartDate),
  );
  if (!hasCustodialSentenceNearDate) return 'no-custodial-sentence-near-date';
  const ownNumbers = [prisoner.offenderNo, ...prisoner.mergedNomsNumbers];
  return nomsNumbersContradict(ownNumbers, ids.nomsNumber) ? 'noms-number-contradicts' : undefined;
}

function otherPrisonersCases(contradicting: readonly MatchCandidate[]): OtherPrisonersCase[] {
  const byCrn = new Map<string, string>();
  for (const { offender } of contradicting) {
    const { crn, nomsNumber } = offender.otherIds;
    if (nomsNumber !== undefined && !byCrn.has(crn)) byCrn.set(crn, nomsNumber);
  }
  return [...byCrn]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([crn, nomsNumber]) => ({ crn, nomsNumber }));
}

export function distinctSorted(crns: readonly string[]): string[] {
  return [...new Set(crns)].sort();
}

/** How far apart NOMIS and Delius sentence start dates may be for one sentence: community-api's leniency. */
const SENTENCE_START_DATE_LENIENT_DAYS = 7;

/** True when both are real dates at most 7 calendar days apart, either way, inclusive. */
export function isWithinSentenceDateWindow(deliusStartDate: IsoDate, nomisStartDate: IsoDate): boolean {
  const days = Math.abs(epochDay(deliusStartDate) - epochDay(nomisStartDate));
  return days <= SENTENCE_START_DATE_LENIENT_DAYS; // NaN (a malformed date) is never within
}

function epochDay(date: IsoDate): number {
  // Date.parse would roll an impossible day (2020-02-30) over into the next month.
  return isIsoDate(date) ? Date.parse(`${date}T00:00:00Z`) / 86_400_000 : Number.NaN;
}
