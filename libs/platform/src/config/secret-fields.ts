import { z } from 'zod';

// Fields registered here never have their value echoed in an error or a start-up summary.
const secretFields = z.registry<{ secret: true }>();

/** Marks a config field as secret (its value is never printed). */
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
