import type { IsoDate } from './iso-date';

/**
 * A NOMIS booking as prison-api returns it (`InmateDetail` of GET /api/bookings/{bookingId} with extra info),
 * reduced to what validation, matching and the reports use. Field names are prison-api's.
 */
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
  /** Whether the prisoner is in that prison now, in transit between two (`TRN`), or out. */
  inOutStatus?: 'IN' | 'OUT' | 'TRN';
  locationDescription?: string;
  recall?: boolean;
  /** prison-api's legal status, e.g. `SENTENCED`, `RECALL`, `REMAND`. */
  legalStatus?: string;
}
