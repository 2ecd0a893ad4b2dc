import type { CandidateOffender, Conviction } from '../upstream/delius';
import type { IsoDate, PrisonerDetails } from '../upstream/prison';

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
