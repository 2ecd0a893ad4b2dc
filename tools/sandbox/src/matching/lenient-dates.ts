/**
 * The dates of birth probation-offender-search accepts in its most lenient step, for typing mistakes: day and
 * month swapped, the same day in every other month of the year, and one day either side within the month.
 */
export function lenientDateVariations(dateOfBirth: string): Set<string> {
  const [year, month, day] = dateOfBirth.split('-').map(Number);
  const variations = new Set<string>();
  const add = (y: number, m: number, d: number) => {
    const candidate = toIsoDate(y, m, d);
    if (candidate !== undefined && candidate !== dateOfBirth) variations.add(candidate);
  };
  add(year, day, month);
  for (let otherMonth = 1; otherMonth <= 12; otherMonth++) add(year, otherMonth, day);
  add(year, month, day - 1);
  add(year, month, day + 1);
  return variations;
}

/** The ISO date, or undefined when y-m-d is not a real date (31 April, day 0, month 13). */
function toIsoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.toISOString().slice(0, 10) : undefined;
}
