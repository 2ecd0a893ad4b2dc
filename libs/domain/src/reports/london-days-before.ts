import { instantOfLondon, londonDateTime } from '../time/london';

const DAY_MS = 86_400_000;

/**
 * The instant `days` calendar days before `now` on the London wall clock: "8 days ago" is the same clock time
 * across a clock change, as the original's `LocalDateTime.now().minusDays(n)` was.
 */
export function londonDaysBefore(now: Date, days: number): Date {
  const [date, time] = londonDateTime(now).split('T') as [string, string];
  const shiftedDate = new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
  return new Date(instantOfLondon(`${shiftedDate}T${time}`).getTime() + now.getUTCMilliseconds());
}
