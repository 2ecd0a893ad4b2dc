/**
 * PNC and CRO numbers as NOMIS and Delius hold them. The same PNC is written with a two- or four-digit year
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

function isPresent(value: string | null | undefined): value is string {
  return value != null && value.trim() !== '';
}
