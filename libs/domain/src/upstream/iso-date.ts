/**
 * A calendar date as the upstreams send it: `yyyy-MM-dd`, a London calendar day with no time or zone.
 * Kept as a string so nothing shifts it through a time zone on the way through.
 */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a well-formed, real `yyyy-MM-dd` date. */
export function isIsoDate(value: string): value is IsoDate {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}
