import { SystemError, isSystemError } from '@ptpu/domain';

/*
 * Everything the AWS SDK throws leaves as a `SystemError` with a stable code, except condition failures that
 * are business outcomes (a duplicate put, a lock held elsewhere, a claim lost), caught where they occur.
 */

/** Names the SDK uses when a service sheds load; worth another try after a pause. */
const THROTTLING_NAMES = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'Throttling',
  'ThrottledException',
]);

/** Socket failures before any response arrived. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** Transaction cancellation codes that say "busy", not "your condition is false". */
const RETRYABLE_CANCELLATION_CODES = new Set([
  'ThrottlingError',
  'ProvisionedThroughputExceeded',
  'TransactionConflict',
]);

interface AwsLikeError {
  name?: string;
  code?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
  CancellationReasons?: { Code?: string }[];
}

function asAwsLike(err: unknown): AwsLikeError {
  return typeof err === 'object' && err !== null ? (err as AwsLikeError) : {};
}

/** A plain conditional write whose condition was false: a business outcome for the caller. */
export function isConditionalCheckFailed(err: unknown): boolean {
  return asAwsLike(err).name === 'ConditionalCheckFailedException';
}

/** A refused TransactWriteItems' per-item codes in request order (`'None'` for items that were fine). */
export function cancellationCodes(err: unknown): string[] | undefined {
  const e = asAwsLike(err);
  if (e.name !== 'TransactionCanceledException') return undefined;
  return (e.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None');
}

/** DynamoDB's `ValidationException`, e.g. an item over 400 KB: refused again if sent again, never retried. */
export const ITEM_REFUSED_CODE = 'AWS.VALIDATION';

function classify(err: unknown): { code: string; retryable: boolean } {
  const e = asAwsLike(err);
  const name = e.name ?? '';
  const status = e.$metadata?.httpStatusCode;
  if (THROTTLING_NAMES.has(name) || e.$retryable?.throttling)
    return { code: 'AWS.THROTTLED', retryable: true };
  const cancelled = cancellationCodes(err);
  if (cancelled) {
    return cancelled.some((code) => RETRYABLE_CANCELLATION_CODES.has(code))
      ? { code: 'AWS.TRANSACTION_CONFLICT', retryable: true }
      : { code: 'AWS.TRANSACTION_REFUSED', retryable: false };
  }
  if (name === 'TransactionConflictException') return { code: 'AWS.TRANSACTION_CONFLICT', retryable: true };
  if (name === 'ConditionalCheckFailedException') return { code: 'AWS.CONDITION_FAILED', retryable: false };
  if (name === 'ValidationException') return { code: ITEM_REFUSED_CODE, retryable: false };
  if (e.$fault === 'server' || (status !== undefined && status >= 500)) {
    return { code: 'AWS.UNAVAILABLE', retryable: true };
  }
  if (name === 'TimeoutError' || e.code === 'ETIMEDOUT') return { code: 'AWS.TIMEOUT', retryable: true };
  if (e.code !== undefined && NETWORK_CODES.has(e.code)) return { code: 'AWS.NETWORK', retryable: true };
  // The SDK stamps $metadata on every error that went through its retry loop; one without an HTTP status means
  // no response ever arrived (its own wrapper can hide the socket error's code, e.g. across VM contexts).
  if (e.$metadata && status === undefined) return { code: 'AWS.NETWORK', retryable: true };
  if (e.$retryable) return { code: 'AWS.RETRYABLE', retryable: true };
  if (e.$fault === 'client' || status !== undefined)
    return { code: 'AWS.REQUEST_REJECTED', retryable: false };
  return { code: 'AWS.UNEXPECTED', retryable: false };
}

/** Keeps the original as `cause`. */
export function toSystemError(err: unknown, operation: string): SystemError {
  if (isSystemError(err)) return err;
  const { code, retryable } = classify(err);
  const e = asAwsLike(err);
  const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return new SystemError(`${operation} failed: ${reason}`, {
    code,
    retryable,
    cause: err,
    details: {
      operation,
      ...(e.name && { awsError: e.name }),
      ...(e.$metadata?.httpStatusCode !== undefined && { httpStatus: e.$metadata.httpStatusCode }),
    },
  });
}

/** Runs one AWS call whose every failure is a system fault, so nothing but a `SystemError` escapes. */
export async function atBoundary<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw toSystemError(err, operation);
  }
}
