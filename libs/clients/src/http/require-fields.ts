import { invalidResponse, type CallContext } from './to-system-error';

/**
 * Checks that a 2xx body carries the fields the contract promises, so a malformed answer fails loudly at
 * the boundary instead of as an `undefined` deep in the domain. Returns the body with those fields required.
 */
export function requireFields<T extends object, K extends keyof T>(
  ctx: CallContext,
  body: T | undefined,
  fields: readonly K[],
): T & { [P in K]-?: NonNullable<T[P]> } {
  if (body === undefined || body === null || typeof body !== 'object') throw invalidResponse(ctx, 'no body');
  const missing = fields.filter((f) => body[f] === undefined || body[f] === null);
  if (missing.length > 0) throw invalidResponse(ctx, `missing ${missing.join(', ')}`);
  return body as T & { [P in K]-?: NonNullable<T[P]> };
}

/** A 2xx body that must be a JSON array. */
export function requireArray<T>(ctx: CallContext, body: T[] | undefined): T[] {
  if (!Array.isArray(body)) throw invalidResponse(ctx, 'not an array');
  return body;
}
