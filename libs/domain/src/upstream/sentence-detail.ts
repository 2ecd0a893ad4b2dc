import type { IsoDate } from './iso-date';

/**
 * The calculated sentence dates of a booking (prison-api `SentenceCalcDates`), limited to the dates that
 * validation, the Delius key dates and the row retention use. Every date is optional on the wire.
 */
export interface SentenceDetail {
  bookingId?: number;
  sentenceStartDate?: IsoDate;
  sentenceExpiryDate?: IsoDate;
  conditionalReleaseDate?: IsoDate;
  /** Wins over `conditionalReleaseDate` when present (the Delius ACR key date). */
  conditionalReleaseOverrideDate?: IsoDate;
  licenceExpiryDate?: IsoDate;
  paroleEligibilityDate?: IsoDate;
  homeDetentionCurfewEligibilityDate?: IsoDate;
  /** The Delius expected release date (EXP) comes from this, never from `releaseDate`. */
  confirmedReleaseDate?: IsoDate;
  releaseDate?: IsoDate;
  topupSupervisionExpiryDate?: IsoDate;
}
