import { z } from 'zod';
import { parseDuration } from '@ptpu/domain';
import { markSecret } from './secret-fields';

// Environment values are always strings; each field turns one into a typed value and, when it cannot,
// says what it expected so the operator does not have to read the code. Give a local default with
// zod's `.prefault('<env text>')` (the default goes through the same parsing), or `.optional()`.

/** A string variable; `expected` describes valid values in error messages. */
export function text(expected = 'a non-empty string') {
  return z.string({
    error: (issue) =>
      issue.input === undefined ? `is required; expected ${expected}` : `expected ${expected}`,
  });
}

/** A duration as `<number><ms|s|m|h|d>` or ISO-8601 (`PT1H`); the value is in milliseconds. */
export function duration() {
  const expected = 'a duration such as 500ms, 15m or PT1H';
  return text(expected).transform((value, ctx) => parseOr(value, ctx, parseDuration, expected));
}

/** Comma-separated durations (`0s,30s,2m`), each in milliseconds. */
export function durationList() {
  const expected = 'comma-separated durations such as 0s,30s,2m';
  return text(expected).transform((value, ctx) =>
    Object.freeze(splitList(value).map((item) => parseOr(item, ctx, parseDuration, expected))),
  );
}

/** A whole number between `min` and `max` inclusive. */
export function integer(bounds: { min: number; max: number }) {
  const expected = `a whole number from ${bounds.min} to ${bounds.max}`;
  return text(expected).transform((value, ctx) => {
    const number = /^-?\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
    if (number >= bounds.min && number <= bounds.max) return number;
    ctx.issues.push({ code: 'custom', message: `expected ${expected}`, input: value });
    return z.NEVER;
  });
}

/** A TCP port; 0 asks the OS for a free one (tests). */
export function port() {
  return integer({ min: 0, max: 65_535 });
}

/** `true` or `false`, nothing else: `yes`, `1` or `TRUE` are mistakes worth hearing about. */
export function boolean() {
  return text("'true' or 'false'")
    .pipe(z.enum(['true', 'false'], { error: "expected 'true' or 'false'" }))
    .transform((value) => value === 'true');
}

/** A comma-separated list; items are trimmed and empty items dropped, so `''` is an empty list. */
export function commaList() {
  return text('a comma-separated list').transform((value) => Object.freeze(splitList(value)));
}

/** An absolute http(s) URL, without a trailing slash so paths can be appended with `/`. */
export function url() {
  const expected = 'an absolute http(s) URL such as http://127.0.0.1:8090/auth';
  return text(expected).transform((value, ctx) =>
    parseOr(
      value,
      ctx,
      (input) => {
        const parsed = new URL(input);
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new RangeError('not http(s)');
        return input.replace(/\/+$/, '');
      },
      expected,
    ),
  );
}

/** A required secret. Never give it a default: a missing secret must stop the app, not fall back. */
export function secret() {
  return markSecret(text('a non-empty secret'));
}

/** A pino log level. */
export function logLevel() {
  return z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    error: 'expected one of fatal, error, warn, info, debug, trace, silent',
  });
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function parseOr<T>(value: string, ctx: z.RefinementCtx, parse: (input: string) => T, expected: string): T {
  try {
    return parse(value);
  } catch {
    ctx.issues.push({ code: 'custom', message: `expected ${expected}`, input: value });
    return z.NEVER;
  }
}
