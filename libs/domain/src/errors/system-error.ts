/**
 * A fault in our own infrastructure or an upstream (5xx, timeout, reset, token failure, throttling, a bug),
 * as opposed to a business outcome, which is returned as a value. Adapters wrap the low-level error once,
 * at the boundary, and keep it as `cause`; callers decide what to do from `code` and `retryable`, never from
 * the message text.
 */
export class SystemError extends Error {
  override readonly name = 'SystemError';
  /** Stable `AREA.REASON` string, e.g. `UPSTREAM.TIMEOUT`; safe to use as a log field or metric label. */
  readonly code: string;
  /** True when the same call may succeed later (the row is tried later, the SQS message redelivered). */
  readonly retryable: boolean;
  /** Non-secret facts for the log line: operation name, HTTP status, upstream, ... */
  readonly details: Readonly<Record<string, string | number | boolean>>;

  constructor(
    message: string,
    options: {
      code: string;
      retryable: boolean;
      cause?: unknown;
      details?: Record<string, string | number | boolean>;
    },
  ) {
    super(message, { cause: options.cause });
    this.code = options.code;
    this.retryable = options.retryable;
    this.details = { ...options.details };
  }
}

/** The service's error code of a failure (`SystemError`, the store's refusals), or `UNEXPECTED` for anything else. */
export function errorCodeOf(err: unknown): string {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : 'UNEXPECTED';
}

/** How long a row's `lastError` may be: a code and a sentence, not a stack. */
const ERROR_SUMMARY_LIMIT = 300;

/** A fault as an operator reads it on a row (`lastError`): its error code and message, cut short. */
export function errorSummaryOf(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return `${errorCodeOf(err)}: ${message}`.slice(0, ERROR_SUMMARY_LIMIT);
}

export function isSystemError(err: unknown): err is SystemError {
  return err instanceof SystemError;
}
