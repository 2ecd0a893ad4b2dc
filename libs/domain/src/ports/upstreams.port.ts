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
  getBooking(bookingId: number): Promise<Lookup<Booking>>;
  getSentenceDetail(bookingId: number): Promise<Lookup<SentenceDetail>>;
  getSentenceTerms(bookingId: number): Promise<Lookup<SentenceTerm[]>>;
  /** The NOMS numbers merged into this prisoner (identifiers of type `MERGED`). */
  getMergedIdentifiers(bookingId: number): Promise<OffenderIdentifier[]>;
  /** Empty (not 404) when prison-api has no such prisoner. */
  getPrisonerDetails(offenderNo: string): Promise<PrisonerDetails[]>;
  getMovement(bookingId: number, movementSeq: number): Promise<Lookup<Movement>>;
}

/** Candidate Delius offenders for a prisoner, through probation-offender-search. Failures throw `SystemError`. */
export interface OffenderSearch {
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

/** The `SystemError` code of a write refused or cut short as its claim may have passed: stop the booking. */
export const LEASE_PASSED_CODE = 'CLAIM.LEASE_PASSED';

/**
 * Delius through community-api. A 404 or 409 that is a business outcome (docs/architecture.md, Outcomes and
 * statuses) is returned; every other failure throws `SystemError`. Writes are never retried by the client, so
 * a caller that needs idempotence reads first (`getCustody`, `findNomsNumberHolder`).
 */
export interface CommunityApi {
  /** A 404 throws: offender-search just named the CRN. */
  getConvictions(crn: string): Promise<Conviction[]>;
  /** Read before every NOMS number write, so a number is never given twice. */
  findNomsNumberHolder(nomsNumber: string): Promise<NomsNumberHolder>;
  /** The case's NOMS number, for an operator's re-match by CRN. */
  nomsNumberOfCase(crn: string): Promise<Lookup<string | undefined>>;
  /** A 404 throws: the CRN came from a search moments ago. */
  setNomsNumber(crn: string, nomsNumber: string): Promise<OffenderIds>;
  /** Every holder of the old number gets the new: 404 = nobody holds the old; 409 = the new is taken. */
  replaceNomsNumber(
    oldNomsNumber: string,
    newNomsNumber: string,
  ): Promise<Ok<OffenderIds[]> | NotFound | Conflict>;
  /** 404 = no single custody within +/-7 days of the sentence start date. */
  setBookingNumber(nomsNumber: string, body: UpdateCustodyBookingNumber): Promise<Lookup<Custody>>;
  getCustody(nomsNumber: string, bookingNo: string): Promise<Lookup<Custody>>;
  setCustodyLocation(
    nomsNumber: string,
    bookingNo: string,
    body: UpdateCustodyLocation,
  ): Promise<Lookup<Custody>>;
  /** Replaces all seven key dates: one left out is deleted in Delius. */
  replaceKeyDates(
    nomsNumber: string,
    bookingNo: string,
    keyDates: ReplaceCustodyKeyDates,
  ): Promise<Lookup<Custody>>;
}
