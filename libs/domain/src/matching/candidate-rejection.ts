import type { MatchCandidate, MatchingPrisoner } from './match-candidate';
import { crosContradict, nomsNumbersContradict, pncsContradict } from './police-identifiers';
import { isWithinSentenceDateWindow } from './sentence-date-window';

/** Why a candidate case is not this prisoner's; stable strings for logs. */
export type CandidateRejection =
  'no-custodial-sentence-near-date' | 'pnc-contradicts' | 'cro-contradicts' | 'noms-number-contradicts';

/**
 * Why a candidate fails the matching rules, or undefined when it passes. A candidate must hold a custodial
 * conviction (one with a custody record, active or not, since an inactive one may be a recall) that started
 * within 7 days of the prisoner's sentence, and its PNC, CRO and NOMS number must not name someone else (a
 * NOMS number merged into the prisoner's names them). The NOMS number is checked last, so
 * `noms-number-contradicts` means a case that would otherwise match is linked to another prisoner.
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
  if (!hasCustodialSentenceNearDate) return 'no-custodial-sentence-near-date';
  const ownNumbers = [prisoner.offenderNo, ...prisoner.mergedNomsNumbers];
  return nomsNumbersContradict(ownNumbers, ids.nomsNumber) ? 'noms-number-contradicts' : undefined;
}
