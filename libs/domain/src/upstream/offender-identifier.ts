/**
 * An identifier held on a booking (prison-api `OffenderIdentifier`). For type `MERGED` the value is a NOMS
 * number that NOMIS merged into this booking's prisoner.
 */
export interface OffenderIdentifier {
  /** e.g. `MERGED`, `PNC`, `CRO`. */
  type: string;
  value: string;
}
