import type { IsoDate } from './iso-date';

/**
 * One term of a sentence on a booking (prison-api `OffenderSentenceTerms`). A term with `consecutiveTo` set
 * runs after another sentence, so it never gives the primary sentence start date.
 */
export interface SentenceTerm {
  bookingId?: number;
  sentenceSequence?: number;
  termSequence?: number;
  /** The `sentenceSequence` this term runs after. */
  consecutiveTo?: number;
  startDate?: IsoDate;
  sentenceType?: string;
  sentenceTypeDescription?: string;
  lifeSentence?: boolean;
}
