/* NOMIS as prison-api answers it, reduced to what this service reads. */

/** `yyyy-MM-dd`, a London calendar day, kept a string so nothing shifts it through a time zone. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): value is IsoDate {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** prison-api `InmateDetail` (GET /api/bookings/{bookingId} with extra info). */
export interface Booking {
  bookingId: number;
  /** The book number, e.g. `38339A`. */
  bookingNo: string;
  /** The NOMS number, e.g. `A5089DY`. */
  offenderNo: string;
  activeFlag: boolean;
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
  /** The prison the booking is at, e.g. `MDI`; `TRN` in transit, `OUT` once out. */
  agencyId?: string;
  inOutStatus?: 'IN' | 'OUT' | 'TRN';
  locationDescription?: string;
  recall?: boolean;
  /** e.g. `SENTENCED`, `RECALL`, `REMAND`. */
  legalStatus?: string;
}

/** prison-api `Movement`: a NOMIS external movement. */
export interface Movement {
  offenderNo: string;
  /** `ADM`, `CRT`, `REL`, `TAP` or `TRN`. */
  movementType: string;
  fromAgency?: string;
  toAgency?: string;
  toAgencyDescription?: string;
}

/** prison-api `OffenderIdentifier` (`MERGED`, `PNC`, ...): a `MERGED` value is a NOMS number merged in. */
export interface OffenderIdentifier {
  type: string;
  value: string;
}

/** prison-api `PrisonerDetail`. */
export interface PrisonerDetails {
  offenderNo: string;
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
  pncNumber?: string;
  croNumber?: string;
  latestBookingId?: number;
  latestLocationId?: string;
  convictedStatus?: string;
  legalStatus?: string;
}

/** prison-api `SentenceCalcDates`. */
export interface SentenceDetail {
  bookingId?: number;
  sentenceStartDate?: IsoDate;
  sentenceExpiryDate?: IsoDate;
  conditionalReleaseDate?: IsoDate;
  conditionalReleaseOverrideDate?: IsoDate;
  licenceExpiryDate?: IsoDate;
  paroleEligibilityDate?: IsoDate;
  homeDetentionCurfewEligibilityDate?: IsoDate;
  confirmedReleaseDate?: IsoDate;
  releaseDate?: IsoDate;
  topupSupervisionExpiryDate?: IsoDate;
}

/** prison-api `OffenderSentenceTerms`. */
export interface SentenceTerm {
  bookingId?: number;
  /** The sentence sequence this term runs after: such a term never gives the primary sentence start date. */
  consecutiveTo?: number;
  startDate?: IsoDate;
}
