/**
 * PNC, CRO and NOMS numbers as NOMIS and Delius hold them. The same PNC is written with a two- or four-digit year
 * and with or without leading zeros in the serial (`2019/0012345X`, `19/12345X`), so PNCs are compared in a
 * canonical form, as probation-offender-search does.
 */
const PNC = /^(\d{2}|\d{4})\/(\d{1,7})([A-Z])$/;

/** `YY/serialC`: two-digit year, serial without leading zeros, check letter upper-case. Text that is not a
 * PNC is only trimmed and upper-cased, so two copies of the same odd value still compare equal. */
export function canonicalPnc(pnc: string): string {
  const value = pnc.trim().toUpperCase();
  const parts = PNC.exec(value);
  if (!parts) return value;
  const [, year, serial, checkLetter] = parts;
  return `${year.slice(-2)}/${Number(serial)}${checkLetter}`;
}

/** CROs have one written form; offender-search compares them ignoring case, and so do we. */
export function canonicalCro(cro: string): string {
  return cro.trim().toUpperCase();
}

/** True only when both sides hold a PNC and they are different numbers; a missing PNC contradicts nothing. */
export function pncsContradict(a: string | null | undefined, b: string | null | undefined): boolean {
  return isPresent(a) && isPresent(b) && canonicalPnc(a) !== canonicalPnc(b);
}

/** True only when both sides hold a CRO and they are different numbers; a missing CRO contradicts nothing. */
export function crosContradict(a: string | null | undefined, b: string | null | undefined): boolean {
  return isPresent(a) && isPresent(b) && canonicalCro(a) !== canonicalCro(b);
}

/**
 * True when both sides hold a PNC and it is the same number, or both a CRO and it is the same: the two records
 * name the same person. Missing identifiers prove nothing.
 */
export function policeIdentifiersAgree(
  a: { pncNumber?: string | null; croNumber?: string | null },
  b: { pncNumber?: string | null; croNumber?: string | null },
): boolean {
  const samePnc =
    isPresent(a.pncNumber) &&
    isPresent(b.pncNumber) &&
    canonicalPnc(a.pncNumber) === canonicalPnc(b.pncNumber);
  const sameCro =
    isPresent(a.croNumber) &&
    isPresent(b.croNumber) &&
    canonicalCro(a.croNumber) === canonicalCro(b.croNumber);
  return samePnc || sameCro;
}

/** A NOMS number as written by hand in Delius: case and surrounding spaces do not make another number. */
export function canonicalNomsNumber(nomsNumber: string): string {
  return nomsNumber.trim().toUpperCase();
}

export function sameNomsNumber(a: string | null | undefined, b: string | null | undefined): boolean {
  return isPresent(a) && isPresent(b) && canonicalNomsNumber(a) === canonicalNomsNumber(b);
}

/**
 * True only when the case holds a NOMS number and it is none of `own` (the prisoner's and those merged into
 * it): the case is linked to another prisoner. A case with no NOMS number contradicts nothing.
 */
export function nomsNumbersContradict(own: readonly string[], held: string | null | undefined): boolean {
  return isPresent(held) && !own.some((nomsNumber) => sameNomsNumber(nomsNumber, held));
}

function isPresent(value: string | null | undefined): value is string {
  return value != null && value.trim() !== '';
}
