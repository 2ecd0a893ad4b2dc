import type { MatchRequest, OffenderMatches } from '../upstream/offender-match';

/** Candidate Delius offenders for a prisoner, through probation-offender-search. Failures throw `SystemError`. */
export interface OffenderSearch {
  /** POST /match */
  match(request: MatchRequest): Promise<OffenderMatches>;
}
