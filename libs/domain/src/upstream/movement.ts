import type { IsoDate } from './iso-date';

/** A NOMIS external movement (prison-api `Movement`); `ADM` with a destination prison is an admission/transfer. */
export interface Movement {
  offenderNo: string;
  /** `ADM`, `CRT`, `REL`, `TAP` or `TRN`. */
  movementType: string;
  /** `IN` or `OUT`. */
  directionCode: string;
  movementDate: IsoDate;
  /** `HH:mm:ss`. */
  movementTime?: string;
  /** Local date-time `yyyy-MM-ddTHH:mm:ss`, as NOMIS recorded it. */
  createDateTime: string;
  movementReasonCode?: string;
  fromAgency?: string;
  fromAgencyDescription?: string;
  toAgency?: string;
  toAgencyDescription?: string;
}
