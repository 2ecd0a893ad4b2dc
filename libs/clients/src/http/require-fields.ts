import { invalidResponse, type CallContext } from './to-system-error';

type Required<T, K extends keyof T> = T & { [P in K]-?: NonNullable<T[P]> };
type Present<T, K extends keyof T> = { [P in K]?: NonNullable<T[P]> };

/** A malformed 2xx body fails loudly at the boundary, not as an `undefined` deep in the domain. */
export function requireFields<T extends object, K extends keyof T>(
  ctx: CallContext,
  body: T | undefined,
  fields: readonly K[],
): Required<T, K> {
  if (body === undefined || body === null || typeof body !== 'object') throw invalidResponse(ctx, 'no body');
  const missing = fields.filter((f) => body[f] === undefined || body[f] === null);
  if (missing.length > 0) throw invalidResponse(ctx, `missing ${missing.join(', ')}`);
  return body as Required<T, K>;
}

/** A 2xx body that must be a JSON array. */
export function requireArray<T>(ctx: CallContext, body: T[] | undefined): T[] {
  if (!Array.isArray(body)) throw invalidResponse(ctx, 'not an array');
  return body;
}

/** Drops JSON nulls (which the upstreams send for "not known") and undefined, so optional fields are absent. */
export function withoutAbsent<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/** Only the listed fields of `value` (in that order), those absent or null left out. */
export function pickPresent<T extends object, K extends keyof T>(
  value: T,
  fields: readonly K[],
): Present<T, K> {
  return withoutAbsent(Object.fromEntries(fields.map((field) => [field, value[field]]))) as Present<T, K>;
}

/** `requireFields`, then `pickPresent` of the `required` and `optional` fields, in that order. */
export function pickFields<T extends object, R extends keyof T, O extends keyof T>(
  ctx: CallContext,
  body: T | undefined,
  required: readonly R[],
  optional: readonly O[],
): Present<T, O> & { [P in R]-?: NonNullable<T[P]> } {
  const checked = requireFields(ctx, body, required);
  return pickPresent(checked, [...required, ...optional]) as Present<T, O> & Required<T, R>;
}
