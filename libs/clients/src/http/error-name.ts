/**
 * The `name` of a thrown value. Compared by name rather than `instanceof` because fetch's errors come from
 * Node's own realm, which is not the realm of the caller under jest (or in a worker), so `instanceof
 * TypeError` can be false for a real TypeError.
 */
export function errorName(err: unknown): string | undefined {
  const name = typeof err === 'object' && err !== null ? (err as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : undefined;
}

/** undici puts the socket error (ECONNRESET, ECONNREFUSED, ENOTFOUND, ...) in `cause.code`. */
export function networkErrorCode(err: unknown): string | undefined {
  const cause = typeof err === 'object' && err !== null ? (err as { cause?: unknown }).cause : undefined;
  const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}
