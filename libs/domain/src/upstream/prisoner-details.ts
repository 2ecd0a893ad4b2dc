import type { IsoDate } from './iso-date';

/**
 * A prisoner as prison-api's GET /api/prisoners?offenderNo= returns it (`PrisonerDetail`): the identifiers
 * the match request needs. Either of PNC and CRO may be missing.
 */
export interface PrisonerDetails {
  offenderNo: string;
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
  /** `Y` or `N`. */
  currentlyInPrison: string;
  pncNumber?: string;
  croNumber?: string;
  latestBookingId?: number;
  latestLocationId?: string;
  convictedStatus?: string;
  legalStatus?: string;
}
