import { z } from 'zod';
import { parseDuration } from '@ptpu/domain';

// Each field turns an environment string into a typed value or says what it expected, so the operator need not
// read the code. A local default is zod's `.prefault('<env text>')` (parsed like a set value), or `.optional()`.

/** A string variable; `expected` describes valid values in error messages. */
export function text(expected = 'a non-empty string') {
  return z.string({
    error: (issue) => `${issue.input === undefined ? 'is required; ' : ''}expected ${expected}`,
  });
}

/** A duration as `<number><ms|s|m|h|d>` or ISO-8601 (`PT1H`); the value is in milliseconds. */
export function duration() {
  const expected = 'a duration such as 500ms, 15m or PT1H';
  return text(expected).transform((value, ctx) => {
    try {
      return parseDuration(value);
    } catch {
      ctx.issues.push({ code: 'custom', message: `expected ${expected}`, input: value });
      return z.NEVER;
    }
  });
}

/** A whole number between `min` and `max` inclusive. */
export function integer({ min, max }: { min: number; max: number }) {
  const expected = `a whole number from ${min} to ${max}`;
  return text(expected)
    .refine((value) => /^-?\d+$/.test(value.trim()) && +value >= min && +value <= max, `expected ${expected}`)
    .transform(Number);
}

/** 0 asks the OS for a free port (tests). */
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
  return text('a comma-separated list').transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );
}

/** An absolute http(s) URL, without a trailing slash so paths can be appended with `/`. */
export function url() {
  const expected = 'an absolute http(s) URL such as http://127.0.0.1:8090/auth';
  return text(expected)
    .refine(
      (value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol),
      `expected ${expected}`,
    )
    .transform((value) => value.replace(/\/+$/, ''));
}

/** A required secret. Never give it a default: a missing secret must stop the app, not fall back. */
export function secret() {
  return markSecret(text('a non-empty secret'));
}

// A secret field's value is never echoed in an error or a start-up summary.
const secretFields = z.registry<{ secret: true }>();

export function markSecret<T extends z.ZodType>(field: T): T {
  secretFields.add(field, { secret: true });
  return field;
}

/** True when the field, or a field it wraps (`.optional()`, `.prefault()`, `.pipe()`), was marked secret. */
export function isSecretField(field: z.ZodType | undefined): boolean {
  let current: unknown = field;
  while (current instanceof z.ZodType) {
    if (secretFields.has(current)) return true;
    const def = current._zod.def as { innerType?: unknown; in?: unknown };
    current = def.innerType ?? def.in;
  }
  return false;
}
