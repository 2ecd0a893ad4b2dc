/**
 * Whether a prison is one this deployment acts for (`PRISONTOPROBATION_ONLY_PRISONS`). An empty list means
 * every prison, including a booking with no prison at all; otherwise the prison must be listed. Codes are
 * compared ignoring case because operators type the list by hand.
 */
export function isInterestedPrison(
  agencyId: string | undefined,
  interestedPrisons: readonly string[],
): boolean {
  if (interestedPrisons.length === 0) return true;
  if (agencyId === undefined) return false;
  const code = agencyId.trim().toUpperCase();
  return interestedPrisons.some((prison) => prison.trim().toUpperCase() === code);
}
