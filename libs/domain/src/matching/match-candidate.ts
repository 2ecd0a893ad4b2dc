import type { CandidateOffender, Conviction } from '../upstream/delius';
import type { IsoDate, PrisonerDetails } from '../upstream/prison';

/** A Delius case offender-search proposed, with its convictions from community-api. */
export interface MatchCandidate {
  offender: CandidateOffender;
  convictions: readonly Conviction[];
}

/**
 * The prisoner being matched: their identifiers from prison-api, the NOMS numbers merged into theirs (a case
 * holding one of those is theirs, not someone else's) and their primary sentence start date.
 */
export interface MatchingPrisoner extends Pick<PrisonerDetails, 'offenderNo' | 'pncNumber' | 'croNumber'> {
  mergedNomsNumbers: readonly string[];
  sentenceStartDate: IsoDate;
}
