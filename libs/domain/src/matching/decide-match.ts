import { candidateRejection } from './candidate-rejection';
import type { MatchCandidate, MatchingPrisoner } from './match-candidate';

interface MatchCrns {
  /** Every candidate's CRN, distinct and sorted (`crns` of `P2POffenderMatch`). */
  candidateCrns: readonly string[];
  /** The CRNs that passed the matching rules, distinct and sorted (`filtered_crns`). */
  passingCrns: readonly string[];
  /** What the row's `matchingCrns` records for this decision. */
  matchingCrns: readonly string[];
}

/** Exactly one Delius case is this prisoner's. */
export interface MatchedCase extends MatchCrns {
  kind: 'matched';
  crn: string;
  /** False when the case already holds this NOMS number, so the write would change nothing. */
  nomsNumberWriteNeeded: boolean;
}

/** No single case can be chosen yet; the row is tried later with `status`. */
export interface NoSingleMatch extends MatchCrns {
  kind: 'unmatched';
  status: 'NO_MATCH' | 'NO_MATCH_WITH_SENTENCE_DATE' | 'TOO_MANY_MATCHES';
}

export type MatchDecision = MatchedCase | NoSingleMatch;

/**
 * Chooses the Delius case for a prisoner from offender-search's candidates (architecture.md section 1). The
 * same rules apply whatever offender-search's `matchedBy` says: a NOMS-number match is no proof that the case
 * holds this sentence, so the single case must still pass the sentence-date and identifier checks.
 */
export function decideMatch(
  prisoner: MatchingPrisoner,
  candidates: readonly MatchCandidate[],
): MatchDecision {
  const candidateCrns = distinctSorted(candidates.map((c) => c.offender.otherIds.crn));
  const passing = candidates.filter((candidate) => candidateRejection(prisoner, candidate) === undefined);
  const passingCrns = distinctSorted(passing.map((c) => c.offender.otherIds.crn));

  if (candidateCrns.length === 0) {
    return { kind: 'unmatched', status: 'NO_MATCH', candidateCrns, passingCrns, matchingCrns: [] };
  }
  if (passingCrns.length === 0) {
    // The cases searched are kept so an operator can see whom the prisoner nearly matched.
    return {
      kind: 'unmatched',
      status: 'NO_MATCH_WITH_SENTENCE_DATE',
      candidateCrns,
      passingCrns,
      matchingCrns: candidateCrns,
    };
  }
  if (passingCrns.length > 1) {
    return {
      kind: 'unmatched',
      status: 'TOO_MANY_MATCHES',
      candidateCrns,
      passingCrns,
      matchingCrns: passingCrns,
    };
  }
  const [crn] = passingCrns;
  return {
    kind: 'matched',
    crn,
    nomsNumberWriteNeeded: !passing.some((c) =>
      sameNomsNumber(c.offender.otherIds.nomsNumber, prisoner.offenderNo),
    ),
    candidateCrns,
    passingCrns,
    matchingCrns: [crn],
  };
}

function sameNomsNumber(held: string | undefined, offenderNo: string): boolean {
  return held !== undefined && held.trim().toUpperCase() === offenderNo.trim().toUpperCase();
}

function distinctSorted(crns: readonly string[]): string[] {
  return [...new Set(crns)].sort();
}
