/**
 * The identifiers of a Delius offender (offender-search and community-api `IDs`). The CRN is always there;
 * any of the others may be missing.
 */
export interface OffenderIds {
  crn: string;
  pncNumber?: string;
  croNumber?: string;
  nomsNumber?: string;
  niNumber?: string;
  immigrationNumber?: string;
  mostRecentPrisonerNumber?: string;
}
