import { addDays, instantOfLondon, londonDate, londonDateTime } from '../time/london';

/** Inclusive bounds of stored `toISOString()` instants; either may be open. */
export interface InclusiveBounds {
  from?: string;
  to?: string;
}

/**
 * Strict bounds as a DynamoDB key condition's inclusive ones: stored dates are millisecond `toISOString()`
 * strings, so "after t" is "at or after t + 1 ms". `atOrAfter` adds an inclusive lower bound. Undefined when
 * no instant satisfies them all.
 */
export function inclusiveBounds(
  after?: Date,
  before?: Date,
  atOrAfter?: string,
): InclusiveBounds | undefined {
  const afterStart = after && new Date(after.getTime() + 1).toISOString();
  const lowers = [afterStart, atOrAfter].filter((bound): bound is string => bound !== undefined);
  const from = lowers.sort().at(-1);
  const to = before && new Date(before.getTime() - 1).toISOString();
  if (from !== undefined && to !== undefined && from > to) return undefined;
  return { ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
}

/** The `processedDay`s from `after` to the earlier of `before` and `latest`; undefined past `maxDays`. */
export function londonDaysBetween(
  after: Date,
  before: Date | undefined,
  latest: Date,
  maxDays: number,
): string[] | undefined {
  const last = londonDate(before && before < latest ? before : latest);
  const days: string[] = [];
  for (let day = londonDate(after); day <= last; day = addDays(day, 1)) {
    if (days.length === maxDays) return undefined;
    days.push(day);
  }
  return days;
}

/** `days` London calendar days before `now`, at the same wall-clock time (the original's `minusDays`). */
export function londonDaysBefore(now: Date, days: number): Date {
  const [date, time] = londonDateTime(now).split('T') as [string, string];
  const shifted = instantOfLondon(`${addDays(date, -days)}T${time}`);
  return new Date(shifted.getTime() + now.getUTCMilliseconds());
}

/** The earlier of two optional instants; an open bound loses. */
export function earlierOf(a: Date | undefined, b: Date | undefined): Date | undefined {
  if (!a || !b) return a ?? b;
  return a < b ? a : b;
}
