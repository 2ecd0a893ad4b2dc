/** A configured duration in ms (docs/architecture.md, Configuration): `15m`, `500ms`, `PT1H`, `P1D`, ... */
export function parseDuration(text: string): number {
  const value = text.trim();
  const simple = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(value);
  if (simple) return whole(text, Number(simple[1]) * UNIT_MS[simple[2] as keyof typeof UNIT_MS]);

  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(value);
  if (iso && value.toUpperCase() !== 'P' && !value.toUpperCase().endsWith('T')) {
    const [, days, hours, minutes, seconds] = iso;
    return whole(
      text,
      Number(days ?? 0) * UNIT_MS.d +
        Number(hours ?? 0) * UNIT_MS.h +
        Number(minutes ?? 0) * UNIT_MS.m +
        Number(seconds ?? 0) * UNIT_MS.s,
    );
  }
  throw new RangeError(
    `"${text}" is not a duration: use <number><ms|s|m|h|d> (e.g. 15m) or ISO-8601 (e.g. PT1H)`,
  );
}

/** Rounded to whole ms; beyond the safe integers a "duration" is a typo. */
function whole(text: string, ms: number): number {
  const rounded = Math.round(ms);
  if (!Number.isSafeInteger(rounded)) throw new RangeError(`"${text}" is too long to be a duration`);
  return rounded;
}

const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
