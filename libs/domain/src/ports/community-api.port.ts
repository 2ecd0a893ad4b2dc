import type { Conviction } from '../upstream/conviction';
import type {
  Custody,
  ReplaceCustodyKeyDates,
  UpdateCustodyBookingNumber,
  UpdateCustodyLocation,
} from '../upstream/custody';
import type { OffenderIds } from '../upstream/offender-ids';
import type { Conflict, Lookup, NotFound, Ok } from '../upstream/upstream-result';

/**
 * Reads and writes of Delius through community-api. Where architecture.md section 3.4 treats a 404 or 409 as
 * a business outcome the call returns it as a value; every other failure throws `SystemError`. Writes are
 * never retried by the client, so a caller that needs idempotence reads first (`getCustody`).
 */
export interface CommunityApi {
  /** GET /secure/offenders/crn/{crn}/convictions. A 404 (CRN unknown) throws: offender-search just named it. */
  getConvictions(crn: string): Promise<Conviction[]>;
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
