import type { Custody } from '../upstream/custody';

/**
 * Compare-before-write for the prison location: false when the custody record already names this prison,
 * so the write (and its side effects in Delius) is skipped. Codes are compared ignoring case and spaces.
 */
export function wouldChangeLocation(custody: Pick<Custody, 'institution'>, agencyId: string): boolean {
  const held = custody.institution?.nomsPrisonInstitutionCode?.trim().toUpperCase();
  return held !== agencyId.trim().toUpperCase();
}
