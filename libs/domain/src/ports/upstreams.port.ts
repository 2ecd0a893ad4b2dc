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

/** NOMIS through prison-api: a missing booking or movement is `not-found`; failures throw `SystemError`. */
export interface PrisonApi {
  /** GET /api/bookings/{bookingId}?basicInfo=false&extraInfo=true */
  getBooking(bookingId: number): Promise<Lookup<Booking>>;
  /** GET /api/bookings/{bookingId}/sentenceDetail */
  getSentenceDetail(bookingId: number): Promise<Lookup<SentenceDetail>>;
  /** GET /api/offender-sentences/booking/{bookingId}/sentenceTerms */
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
 * Which Delius case holds a NOMS number, with its PNC and CRO (is it the prisoner's own?). `several` is
 * community-api's 409: it will not say which, and every custody call by that number then finds no one.
 */
export type NomsNumberHolder =
  | { kind: 'nobody' }
  | { kind: 'one'; crn: string; pncNumber?: string; croNumber?: string }
  | { kind: 'several' };

/**
 * The `SystemError` code of a write the transport refused or cut short because its booking claim may have
 * passed to another worker: the work on that booking must stop.
 */
export const LEASE_PASSED_CODE = 'CLAIM.LEASE_PASSED';

/**
 * Delius through community-api. A 404 or 409 that is a business outcome (docs/architecture.md, Outcomes and
 * statuses) is returned; every other failure throws `SystemError`. Writes are never retried by the client, so
 * a caller that needs idempotence reads first (`getCustody`, `findNomsNumberHolder`).
 */
export interface CommunityApi {
  /** GET /secure/offenders/crn/{crn}/convictions. A 404 throws: offender-search just named the CRN. */
  getConvictions(crn: string): Promise<Conviction[]>;
  /**
   * GET /secure/offenders/nomsNumber/{nomsNumber}/all?failOnDuplicate=true (404 nobody, 409 several). Read
   * before every NOMS number write, so a number is never given twice.
   */
  findNomsNumberHolder(nomsNumber: string): Promise<NomsNumberHolder>;
  /** GET /secure/offenders/crn/{crn}/all: the case's NOMS number, for an operator's re-match by CRN. */
  nomsNumberOfCase(crn: string): Promise<Lookup<string | undefined>>;
  /** PUT /secure/offenders/crn/{crn}/nomsNumber. A 404 throws (the CRN came from a search moments ago). */
  setNomsNumber(crn: string, nomsNumber: string): Promise<OffenderIds>;
  /**
   * PUT /secure/offenders/nomsNumber/{oldNomsNumber}/nomsNumber: every holder of the old number gets the new.
   * 404 = nobody holds the old number; 409 = the new number is already taken.
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
  /** POST .../nomsNumber/{nomsNumber}/bookingNumber/{bookingNo}/custody/keyDates: one left out is deleted. */
  replaceKeyDates(
    nomsNumber: string,
    bookingNo: string,
    keyDates: ReplaceCustodyKeyDates,
  ): Promise<Lookup<Custody>>;
}
