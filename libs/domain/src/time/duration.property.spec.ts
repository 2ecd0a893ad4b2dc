import fc from 'fast-check';
import { parseDuration } from './duration';

/*
 * Durations come from configuration: a value an operator writes in either documented form must mean what it
 * says, and anything else must stop start-up with the RangeError that names the forms, never another error
 * and never a silent 0.
 */

const RUNS = { numRuns: 400 };

const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
type Unit = keyof typeof UNIT_MS;

/** A number as an operator writes it: whole, or with a decimal fraction. */
const amount = fc.oneof(
  fc.nat({ max: 100_000 }).map((n) => ({ text: String(n), value: n })),
  fc
    .tuple(fc.nat({ max: 1_000 }), fc.stringMatching(/^\d{1,4}$/))
    .map(([whole, fraction]) => ({ text: `${whole}.${fraction}`, value: Number(`${whole}.${fraction}`) })),
);
const wholeAmount = fc.nat({ max: 10_000 }).map((n) => ({ text: String(n), value: n }));

const padding = fc.constantFrom('', ' ', '  ', '\t', '\n');

/** `<number><unit>`, printed with the milliseconds it stands for. */
const simpleDuration = fc
  .tuple(amount, fc.constantFrom<Unit>('ms', 's', 'm', 'h', 'd'))
  .map(([n, unit]) => ({ text: `${n.text}${unit}`, ms: Math.round(n.value * UNIT_MS[unit]) }));

/** ISO-8601 `P[nD][T[nH][nM][nS]]` with at least one part, seconds possibly fractional, in either case. */
const isoDuration = fc
  .record(
    {
      d: wholeAmount,
      h: wholeAmount,
      m: wholeAmount,
      s: amount,
    },
    { requiredKeys: [] },
  )
  .filter((parts) => Object.keys(parts).length > 0)
  .chain((parts) =>
    fc.boolean().map((lowerCase) => {
      const time = `${parts.h ? `${parts.h.text}H` : ''}${parts.m ? `${parts.m.text}M` : ''}${parts.s ? `${parts.s.text}S` : ''}`;
      const text = `P${parts.d ? `${parts.d.text}D` : ''}${time ? `T${time}` : ''}`;
      const ms = Math.round(
        (parts.d?.value ?? 0) * UNIT_MS.d +
          (parts.h?.value ?? 0) * UNIT_MS.h +
          (parts.m?.value ?? 0) * UNIT_MS.m +
          (parts.s?.value ?? 0) * UNIT_MS.s,
      );
      return { text: lowerCase ? text.toLowerCase() : text, ms };
    }),
  );

/** What parseDuration does with `text`: the milliseconds, or the error it threw. */
function outcome(text: string): { ms: number } | { error: unknown } {
  try {
    return { ms: parseDuration(text) };
  } catch (error) {
    return { error };
  }
}

function expectTypedOutcome(text: string): void {
  const result = outcome(text);
  if ('error' in result) {
    expect(result.error).toBeInstanceOf(RangeError);
    expect((result.error as RangeError).message).toMatch(/is not a duration|is too long to be a duration/);
  } else {
    expect(Number.isSafeInteger(result.ms)).toBe(true);
    expect(result.ms).toBeGreaterThanOrEqual(0);
  }
}

describe('parseDuration (properties)', () => {
  it('reads back every <number><unit> it documents, padded or not, as the milliseconds it stands for', () => {
    fc.assert(
      fc.property(simpleDuration, padding, padding, ({ text, ms }, before, after) => {
        expect(parseDuration(`${before}${text}${after}`)).toBe(ms);
      }),
      RUNS,
    );
  });

  it('reads back every ISO-8601 day-time duration, in either case, as the milliseconds it stands for', () => {
    fc.assert(
      fc.property(isoDuration, ({ text, ms }) => {
        expect(parseDuration(text)).toBe(ms);
      }),
      RUNS,
    );
  });

  it('gives any string either whole non-negative milliseconds or its RangeError, never anything else', () => {
    const longNumbers = fc
      .tuple(fc.stringMatching(/^[1-9]\d{10,400}$/), fc.constantFrom('ms', 's', 'm', 'h', 'd'))
      .map(([digits, unit]) => `${digits}${unit}`);
    const nearMisses = fc
      .tuple(fc.oneof(simpleDuration, isoDuration), fc.nat(), fc.string({ maxLength: 2 }))
      .map(([{ text }, at, inserted]) => {
        const i = at % (text.length + 1);
        return `${text.slice(0, i)}${inserted}${text.slice(i)}`;
      });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), nearMisses, longNumbers), expectTypedOutcome),
      RUNS,
    );
  });

  it('refuses every unit and form it does not document, with its RangeError', () => {
    const undocumented = fc.oneof(
      fc
        .tuple(wholeAmount, fc.constantFrom('w', 'y', 'M', 'H', 'D', 'S', 'MS', 'min', 'sec', 'hours', ' m'))
        .map(([n, unit]) => `${n.text}${unit}`),
      wholeAmount.map((n) => `-${n.text}m`),
      wholeAmount.map((n) => n.text),
      wholeAmount.map((n) => `P${n.text}W`),
      wholeAmount.map((n) => `PT${n.text}D`),
      wholeAmount.map((n) => `P${n.text}H`),
      fc.constantFrom('P', 'PT', 'p', 'pt', 'P1DT', '', ' ', 'm', '.5m', '5.m'),
    );
    fc.assert(
      fc.property(undocumented, (text) => {
        expect(() => parseDuration(text)).toThrow(RangeError);
        expect(() => parseDuration(text)).toThrow(/is not a duration/);
      }),
      RUNS,
    );
  });
});
