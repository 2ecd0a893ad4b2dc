import type { Booking } from '../upstream/booking';
import type { Movement } from '../upstream/movement';
import type { OffenderIdentifier } from '../upstream/offender-identifier';
import type { PrisonerDetails } from '../upstream/prisoner-details';
import type { SentenceDetail } from '../upstream/sentence-detail';
import type { SentenceTerm } from '../upstream/sentence-term';
import type { Lookup } from '../upstream/upstream-result';

/**
 * What the service reads from NOMIS through prison-api. A booking or movement that is not there is a
 * business outcome (`not-found`); every other failure (5xx, timeout, token) throws `SystemError`.
 */
export interface PrisonApi {
  /** GET /api/bookings/{bookingId}?basicInfo=false&extraInfo=true */
  getBooking(bookingId: number): Promise<Lookup<Booking>>;
  /** GET /api/bookings/{bookingId}/sentenceDetail (not-found when the booking is not there). */
  getSentenceDetail(bookingId: number): Promise<Lookup<SentenceDetail>>;
  /** GET /api/offender-sentences/booking/{bookingId}/sentenceTerms (not-found when the booking is not there). */
  getSentenceTerms(bookingId: number): Promise<Lookup<SentenceTerm[]>>;
  /** GET /api/bookings/{bookingId}/identifiers?type=MERGED: the NOMS numbers merged into this prisoner. */
  getMergedIdentifiers(bookingId: number): Promise<OffenderIdentifier[]>;
  /** GET /api/prisoners?offenderNo=: empty (not 404) when prison-api has no such prisoner. */
  getPrisonerDetails(offenderNo: string): Promise<PrisonerDetails[]>;
  /** GET /api/bookings/{bookingId}/movement/{movementSeq} */
  getMovement(bookingId: number, movementSeq: number): Promise<Lookup<Movement>>;
}
