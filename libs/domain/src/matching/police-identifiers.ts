/**
 * PNC, CRO and NOMS numbers as NOMIS and Delius hold them. One PNC is written with a two- or four-digit year,
 * with or without leading zeros (`2019/0012345X`, `19/12345X`), so PNCs are compared canonical, as
 * probation-offender-search does.
 */
const PNC = /^(\d{2}|\d{4})\/(\d{1,7})([A-Z])$/;

/** `YY/serialC`; text that is not a PNC is only trimmed and upper-cased, so odd copies still match. */
export function canonicalPnc(pnc: string): string {
  const value = pnc.trim().toUpperCase();
  const parts = PNC.exec(value);
  if (!parts) return value;
  const [, year, serial, checkLetter] = parts;
  return `${year.slice(-2)}/${Number(serial)}${checkLetter}`;
}

/** CROs (and hand-typed NOMS numbers) have one written form; compared ignoring case and spaces. */
export function canonicalCro(cro: string): string {
  return cro.trim().toUpperCase();
}

type Identifier = string | null | undefined;

/** Whether two identifiers are the same number; undefined when either is missing, which proves nothing. */
function same(a: Identifier, b: Identifier, canonical: (value: string) => string): boolean | undefined {
  return isPresent(a) && isPresent(b) ? canonical(a) === canonical(b) : undefined;
}

export function pncsContradict(a: Identifier, b: Identifier): boolean {
  return same(a, b, canonicalPnc) === false;
}

export function crosContradict(a: Identifier, b: Identifier): boolean {
  return same(a, b, canonicalCro) === false;
}

/** Both hold the same PNC, or the same CRO: the two records name the same person. */
export function policeIdentifiersAgree(
  a: { pncNumber?: string | null; croNumber?: string | null },
  b: { pncNumber?: string | null; croNumber?: string | null },
): boolean {
  return (
    same(a.pncNumber, b.pncNumber, canonicalPnc) === true ||
    same(a.croNumber, b.croNumber, canonicalCro) === true
  );
}

export function sameNomsNumber(a: Identifier, b: Identifier): boolean {
  return same(a, b, canonicalCro) === true;
}

/** The case holds a NOMS number none of `own` (the prisoner's and merged ones): another prisoner's case. */
export function nomsNumbersContradict(own: readonly string[], held: Identifier): boolean {
  return isPresent(held) && !own.some((nomsNumber) => sameNomsNumber(nomsNumber, held));
}

function isPresent(value: Identifier): value is string {
  return value != null && value.trim() !== '';
}
