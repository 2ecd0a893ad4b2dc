import type { IsoDate } from './prison';

/* Delius as community-api and probation-offender-search answer it, reduced to what this service uses. */

/** community-api `Conviction`: one with a `custody` is custodial. */
export interface Conviction {
  /** The event number within the offender, e.g. `"3"`. */
  index: string;
  active: boolean;
  sentence?: { description?: string; startDate?: IsoDate };
  custody?: Custody;
}

/** community-api `CustodyRelatedKeyDates`: the 7 written (their codes: `DELIUS_KEY_DATE_CODES`). */
export interface CustodyKeyDates {
  conditionalReleaseDate?: IsoDate;
  licenceExpiryDate?: IsoDate;
  hdcEligibilityDate?: IsoDate;
  paroleEligibilityDate?: IsoDate;
  sentenceExpiryDate?: IsoDate;
  expectedReleaseDate?: IsoDate;
  postSentenceSupervisionEndDate?: IsoDate;
}

/** community-api `ReplaceCustodyKeyDates`: a date left out is deleted in Delius. */
export type ReplaceCustodyKeyDates = CustodyKeyDates;

/** community-api `Institution`: a Delius prison establishment. */
export interface Institution {
  code?: string;
  description?: string;
  /** The NOMIS agency id, e.g. `MDI`. */
  nomsPrisonInstitutionCode?: string;
}

/** community-api `Custody`. */
export interface Custody {
  /** The NOMIS book number, e.g. `38339A`. */
  bookingNumber?: string;
  institution?: Institution;
  keyDates?: CustodyKeyDates;
  sentenceStartDate?: IsoDate;
  status?: { code: string; description?: string };
}

/** The body of PUT .../custody/bookingNumber: community-api finds the one custody within +/-7 days itself. */
export interface UpdateCustodyBookingNumber {
  bookingNumber: string;
  sentenceStartDate: IsoDate;
}

/** The body of PUT .../custody/bookingNumber/{bookingNo}: the custody's prison location. */
export interface UpdateCustodyLocation {
  nomsPrisonInstitutionCode: string;
}

/** offender-search and community-api `IDs`. */
export interface OffenderIds {
  crn: string;
  pncNumber?: string;
  croNumber?: string;
  nomsNumber?: string;
}

/** The body of offender-search POST /match. */
export interface MatchRequest {
  /** Not blank (offender-search answers 400). */
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

export interface CandidateOffender {
  otherIds: OffenderIds;
  firstName?: string;
  surname?: string;
  dateOfBirth?: IsoDate;
}

/** The result of POST /match, candidates in offender-search's order. */
export interface OffenderMatches {
  matchedBy: MatchedBy;
  matches: { offender: CandidateOffender }[];
}
