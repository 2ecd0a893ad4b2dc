import { SystemError } from '@ptpu/domain';

/** Which call failed (upstream, port method): goes into every SystemError so the log says where to look. */
export interface CallContext {
  upstream: string;
  operation: string;
}

/**
 * The `name` of a thrown value, compared rather than `instanceof`: fetch's errors come from Node's own realm,
 * not the caller's under jest (or in a worker), so `instanceof TypeError` can be false for a real TypeError.
 */
export function errorName(err: unknown): string | undefined {
  const name = (err as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : undefined;
}

/** undici puts the socket error (ECONNRESET, ECONNREFUSED, ENOTFOUND, ...) in `cause.code`. */
function networkErrorCode(err: unknown): string | undefined {
  const code = (err as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Statuses after which the same call may well succeed later (token expiry, throttling, upstream trouble). */
const isRetryableStatus = (status: number): boolean => status >= 500 || [401, 408, 429].includes(status);

/** An HTTP status the caller does not treat as a business outcome. */
export function unexpectedStatus(ctx: CallContext, status: number, body: unknown): SystemError {
  return new SystemError(`${ctx.upstream} ${ctx.operation} answered HTTP ${status}`, {
    code: 'UPSTREAM.HTTP_STATUS',
    retryable: isRetryableStatus(status),
    cause: body,
    details: { ...ctx, status },
  });
}

/** A 2xx body without a field the contract says is always there. */
export function invalidResponse(ctx: CallContext, problem: string, cause?: unknown): SystemError {
  return new SystemError(`${ctx.upstream} ${ctx.operation} returned an invalid body: ${problem}`, {
    code: 'UPSTREAM.INVALID_RESPONSE',
    retryable: true,
    cause,
    details: { ...ctx },
  });
}

/**
 * Normalises anything thrown while calling an upstream (timeout, reset, refused connection, unparseable JSON)
 * into one SystemError; a SystemError thrown further down (e.g. by the token provider) passes through as is.
 */
export function toSystemError(ctx: CallContext, err: unknown): SystemError {
  if (err instanceof SystemError) return err;
  const name = errorName(err);
  if (name === 'TimeoutError') {
    return new SystemError(`${ctx.upstream} ${ctx.operation} timed out`, {
      code: 'UPSTREAM.TIMEOUT',
      retryable: true,
      cause: err,
      details: { ...ctx },
    });
  }
  if (name === 'SyntaxError') return invalidResponse(ctx, 'not JSON', err);
  const networkCode = networkErrorCode(err);
  return new SystemError(
    `${ctx.upstream} ${ctx.operation} failed: ${networkCode ?? (name || 'unknown error')}`,
    {
      code: name === 'TypeError' || networkCode ? 'UPSTREAM.NETWORK' : 'UPSTREAM.UNEXPECTED',
      retryable: true,
      cause: err,
      details: { ...ctx, ...(networkCode && { networkCode }) },
    },
  );
}
