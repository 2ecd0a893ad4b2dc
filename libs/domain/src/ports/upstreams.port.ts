import type {
  Booking,
  Movement,
  OffenderIdentifier,
  PrisonerDetails,
  SentenceDetail,
  SentenceTerm,
} from '../upstream/prison';
import type { Lookup, Conflict, NotFound, Ok } from '../upstream/upstream-result';
import type {
  MatchRequest,
  OffenderMatches,
  Conviction,
  Custody,
  ReplaceCustodyKeyDates,
  UpdateCustodyBookingNumber,
  UpdateCustodyLocation,
  OffenderIds,
} from '../upstream/delius';

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

/** Candidate Delius offenders for a prisoner, through probation-offender-search. Failures throw `SystemError`. */
export interface OffenderSearch {
  /** POST /match */
  match(request: MatchRequest): Promise<OffenderMatches>;
}

/**
 * Which Delius case holds a NOMS number, with that case's PNC and CRO when it has them (so the caller can tell
 * whether the holder is the prisoner's own case). `several` is community-api's 409: it will not say which, and
 * every custody call addressed by that number then finds no single offender.
 */
export type NomsNumberHolder =
  | { kind: 'nobody' }
  | { kind: 'one'; crn: string; pncNumber?: string; croNumber?: string }
  | { kind: 'several' };

/**
 * The `SystemError` code of a write the transport refused to send, or cut short, because the booking claim
 * it was made under may have passed to another worker: the work on that booking must stop, not go on.
 */
export const LEASE_PASSED_CODE = 'CLAIM.LEASE_PASSED';

/**
 * Reads and writes of Delius through community-api. Where a 404 or 409 is a business outcome
 * (docs/architecture.md, Outcomes and statuses) the call returns it as a value; every other failure throws
 * `SystemError`. Writes are never retried by the client, so a caller that needs idempotence reads first
 * (`getCustody`, `findNomsNumberHolder`).
 */
export interface CommunityApi {
  /** GET /secure/offenders/crn/{crn}/convictions. A 404 (CRN unknown) throws: offender-search just named it. */
  getConvictions(crn: string): Promise<Conviction[]>;
  /**
   * GET /secure/offenders/nomsNumber/{nomsNumber}/all?failOnDuplicate=true: 404 nobody, 409 several, 200 the
   * one case (its `otherIds.crn`). Read before every NOMS number write, so a number is never given twice.
   */
  findNomsNumberHolder(nomsNumber: string): Promise<NomsNumberHolder>;
  /**
   * GET /secure/offenders/crn/{crn}/all: the NOMS number the case holds (undefined when it holds none), or
   * not-found for an unknown CRN. An operator's re-match by CRN; no processing path reads it.
   */
  nomsNumberOfCase(crn: string): Promise<Lookup<string | undefined>>;
  /** PUT /secure/offenders/crn/{crn}/nomsNumber. A 404 throws (the CRN came from a search moments ago). */
  setNomsNumber(crn: string, nomsNumber: string): Promise<OffenderIds>;
  /**
   * PUT /secure/offenders/nomsNumber/{oldNomsNumber}/nomsNumber: every Delius offender holding the old
   * number gets the new one. 404 = nobody holds the old number; 409 = the new number is already taken.
   */
  replaceNomsNumber(
    oldNomsNumber: string,
    newNomsNumber: string,
  ): Promise<Ok<OffenderIds[]> | NotFound | Conflict>;
  /** PUT /secure/offenders/nomsNumber/{nomsNumber}/custody/bookingNumber. 404 = no single custody within +/-7 days. */
  setBookingNumber(nomsNumber: string, body: UpdateCustodyBookingNumber): Promise<Lookup<Custody>>;
  /** GET /secure/offenders/nomsNumber/{nomsNumber}/custody/bookingNumber/{bookingNo} */
  getCustody(nomsNumber: string, bookingNo: string): Promise<Lookup<Custody>>;
  /** PUT /secure/offenders/nomsNumber/{nomsNumber}/custody/bookingNumber/{bookingNo}: the prison location. */
  setCustodyLocation(
    nomsNumber: string,
    bookingNo: string,
    body: UpdateCustodyLocation,
  ): Promise<Lookup<Custody>>;
  /**
   * POST /secure/offenders/nomsNumber/{nomsNumber}/bookingNumber/{bookingNo}/custody/keyDates.
   * Replaces all seven key dates: one left out is deleted in Delius.
   */
  replaceKeyDates(
    nomsNumber: string,
    bookingNo: string,
    keyDates: ReplaceCustodyKeyDates,
  ): Promise<Lookup<Custody>>;
}
