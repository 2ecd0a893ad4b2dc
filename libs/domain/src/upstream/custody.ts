import type { IsoDate } from './iso-date';

/** The Delius key dates a custody record holds (community-api `CustodyRelatedKeyDates`, the 7 P2PU writes). */
export interface CustodyKeyDates {
  /** ACR */
  conditionalReleaseDate?: IsoDate;
  /** LED */
  licenceExpiryDate?: IsoDate;
  /** HDE */
  hdcEligibilityDate?: IsoDate;
  /** PED */
  paroleEligibilityDate?: IsoDate;
  /** SED */
  sentenceExpiryDate?: IsoDate;
  /** EXP */
  expectedReleaseDate?: IsoDate;
  /** PSSED */
  postSentenceSupervisionEndDate?: IsoDate;
}

/**
 * The body of the key-date write (community-api `ReplaceCustodyKeyDates`). It replaces all of them:
 * a date left out is deleted in Delius.
 */
export type ReplaceCustodyKeyDates = CustodyKeyDates;

/** A Delius prison establishment (community-api `Institution`). */
export interface Institution {
  institutionId?: number;
  code?: string;
  description?: string;
  institutionName?: string;
  /** The NOMIS agency id, e.g. `MDI`: what the location write sets and what a compare reads. */
  nomsPrisonInstitutionCode?: string;
}

/** A Delius custody record (community-api `Custody`). */
export interface Custody {
  /** The NOMIS book number Delius holds, e.g. `38339A`. */
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
