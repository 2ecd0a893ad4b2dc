import type { ReplaceCustodyKeyDates } from '../upstream/custody';
import type { IsoDate } from '../upstream/iso-date';

/**
 * A Delius write as processing decided it, named after the `CommunityApi` call that makes it. In dry run these
 * are recorded on the row (`intendedWrites`) instead of being sent, so an operator can see what a real run
 * would change before switching dry run off.
 */
export type IntendedWrite =
  | { write: 'setNomsNumber'; crn: string; nomsNumber: string }
  | { write: 'replaceNomsNumber'; oldNomsNumber: string; newNomsNumber: string }
  | { write: 'setBookingNumber'; nomsNumber: string; bookingNumber: string; sentenceStartDate: IsoDate }
  | { write: 'setCustodyLocation'; nomsNumber: string; bookingNo: string; nomsPrisonInstitutionCode: string }
  | { write: 'replaceKeyDates'; nomsNumber: string; bookingNo: string; keyDates: ReplaceCustodyKeyDates };
