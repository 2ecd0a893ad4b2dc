import { londonDateTime } from '../time/london';

const HOUR_MS = 3_600_000;
const CACHED_HOURS = 10_000;

// London's offset from UTC only changes on the hour (01:00 UTC since 1996, on the hour before that), so one
// Intl lookup serves every instant in the same UTC hour. A report prints two date-times per row, and over a
// large report Intl's per-call objects were most of the garbage the app made.
const offsetByUtcHour = new Map<number, number>();

function londonOffsetMs(epochMs: number): number {
  const hour = Math.floor(epochMs / HOUR_MS);
  let offset = offsetByUtcHour.get(hour);
  if (offset === undefined) {
    if (offsetByUtcHour.size >= CACHED_HOURS) offsetByUtcHour.clear();
    const hourStart = hour * HOUR_MS;
    offset = Date.parse(`${londonDateTime(new Date(hourStart))}Z`) - hourStart;
    offsetByUtcHour.set(hour, offset);
  }
  return offset;
}

/** A stored instant as reports print it: London wall-clock `yyyy-MM-ddTHH:mm:ss` (docs/architecture.md, HTTP surface). */
export function reportDateTime(epochMs: number): string {
  return new Date(epochMs + londonOffsetMs(epochMs)).toISOString().slice(0, 19);
}
