import type { MatchCandidate, MatchingPrisoner } from './match-candidate';
import { crosContradict, pncsContradict } from './police-identifiers';
import { isWithinSentenceDateWindow } from './sentence-date-window';

/** Why a candidate case is not this prisoner's; stable strings for logs. */
export type CandidateRejection = 'no-custodial-sentence-near-date' | 'pnc-contradicts' | 'cro-contradicts';

/**
 * Why a candidate fails the matching rules, or undefined when it passes. A candidate must hold a custodial
 * conviction (one with a custody record, active or not, since an inactive one may be a recall) that started
 * within 7 days of the prisoner's sentence, and its PNC and CRO must not name someone else.
 */
export function candidateRejection(
  prisoner: MatchingPrisoner,
  candidate: MatchCandidate,
): CandidateRejection | undefined {
  const ids = candidate.offender.otherIds;
  if (pncsContradict(prisoner.pncNumber, ids.pncNumber)) return 'pnc-contradicts';
  if (crosContradict(prisoner.croNumber, ids.croNumber)) return 'cro-contradicts';
  const hasCustodialSentenceNearDate = candidate.convictions.some(
    (conviction) =>
      conviction.custody != null &&
      conviction.sentence?.startDate != null &&
      isWithinSentenceDateWindow(conviction.sentence.startDate, prisoner.sentenceStartDate),
  );
  return hasCustodialSentenceNearDate ? undefined : 'no-custodial-sentence-near-date';
}
