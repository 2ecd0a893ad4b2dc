/** What a stable error code looks like: `AREA.REASON` (`AWS.THROTTLED`) or a socket code (`ECONNREFUSED`). */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,40}(?:\.[A-Z][A-Z0-9_]{0,40}){0,3}$/;

/** When nothing thrown says more. */
const CHECK_FAILED = 'HEALTH.CHECK_FAILED';

function codeOf(value: unknown): string | undefined {
  const code = typeof value === 'object' && value !== null ? (value as { code?: unknown }).code : undefined;
  return typeof code === 'string' && ERROR_CODE.test(code) ? code : undefined;
}

/**
 * What /health shows for a check that threw: the error's own code (a `SystemError`'s, the time limit's), else
 * its cause's (the socket error under fetch's `TypeError`), else `HEALTH.TIMEOUT` or `HEALTH.CHECK_FAILED`.
 * Never the message: /health is unauthenticated, and AWS and upstream messages name accounts, ARNs and URLs.
 */
export function healthErrorCode(err: unknown): string {
  const own = codeOf(err) ?? codeOf((err as { cause?: unknown } | null)?.cause);
  if (own) return own;
  const name = typeof err === 'object' && err !== null ? (err as { name?: unknown }).name : undefined;
  return name === 'TimeoutError' || name === 'AbortError' ? 'HEALTH.TIMEOUT' : CHECK_FAILED;
}
