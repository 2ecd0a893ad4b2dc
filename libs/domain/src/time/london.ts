/** Calendar arithmetic in Europe/London: upstream dates (`2020-02-11`) are London days; instants are UTC. */
const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `yyyy-MM-dd` of an instant, on the London calendar. */
export function londonDate(instant: Date): string {
  return londonDateTime(instant).slice(0, 10);
}

/** `yyyy-MM-ddTHH:mm:ss` of an instant, in London wall-clock time (how reports print date-times). */
export function londonDateTime(instant: Date): string {
  const p = Object.fromEntries(dateParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/** The instant of a London wall-clock time: one in the spring gap moves on by it; an autumn repeat is BST. */
export function instantOfLondon(localDateTime: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(localDateTime);
  if (!m) throw new RangeError(`"${localDateTime}" is not yyyy-MM-dd or yyyy-MM-ddTHH:mm[:ss]`);
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m;
  const asUtc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  if (Number.isNaN(asUtc) || new Date(asUtc).toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) {
    throw new RangeError(`"${localDateTime}" is not a real date`);
  }
  // London is UTC+0 or UTC+1: try the earlier (BST) reading first, then GMT.
  for (const offsetHours of [1, 0]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    if (londonDateTime(candidate) === `${y}-${mo}-${d}T${h}:${mi}:${s}`) return candidate;
  }
  return new Date(asUtc); // inside the spring-forward gap
}

/** The last instant of a London calendar day, as epoch seconds (TTL of "until the end of that day"). */
export function endOfLondonDayEpochSeconds(date: string): number {
  return Math.floor(instantOfLondon(addDays(date, 1)).getTime() / 1000) - 1;
}

/** The calendar date `days` after (or before, if negative) a `yyyy-MM-dd` date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
