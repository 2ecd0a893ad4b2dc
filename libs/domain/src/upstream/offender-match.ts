import type { IsoDate } from './iso-date';
import type { OffenderIds } from './offender-ids';

/** The body of probation-offender-search POST /match. */
export interface MatchRequest {
  /** Required and not blank (offender-search answers 400 otherwise). */
  surname: string;
  firstName?: string;
  dateOfBirth?: IsoDate;
  pncNumber?: string;
  croNumber?: string;
  nomsNumber?: string;
  /** Only offenders with a current disposal. */
  activeSentence: boolean;
}

/** Which step of offender-search's cascade found the candidates; the first step with hits wins. */
export const MATCHED_BY = [
  'ALL_SUPPLIED',
  'ALL_SUPPLIED_ALIAS',
  'HMPPS_KEY',
  'EXTERNAL_KEY',
  'NAME',
  'PARTIAL_NAME',
  'PARTIAL_NAME_DOB_LENIENT',
  'NOTHING',
] as const;

export type MatchedBy = (typeof MATCHED_BY)[number];

/** One candidate Delius offender, with the fields the matching rules read. */
export interface CandidateOffender {
  otherIds: OffenderIds;
  firstName?: string;
  surname?: string;
  dateOfBirth?: IsoDate;
}

/** The result of POST /match: candidates in offender-search's order. */
export interface OffenderMatches {
  matchedBy: MatchedBy;
  matches: { offender: CandidateOffender }[];
}
