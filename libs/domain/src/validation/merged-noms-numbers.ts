import type { OffenderIdentifier } from '../upstream/offender-identifier';

/** The old NOMS numbers merged into a prisoner, each once, in prison-api's order. */
export function mergedNomsNumbers(identifiers: readonly OffenderIdentifier[]): string[] {
  const values = identifiers
    .filter((identifier) => identifier.type === 'MERGED')
    .map((identifier) => identifier.value.trim())
    .filter((value) => value !== '');
  return [...new Set(values)];
}
