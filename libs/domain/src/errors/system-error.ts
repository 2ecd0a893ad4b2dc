/**
 * A fault in our infrastructure or an upstream (5xx, timeout, token, throttling, a bug); business outcomes
 * are values. Adapters wrap the low-level error once, as `cause`; callers decide by `code` and `retryable`.
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

/** A fault as an operator reads it on a row (`lastError`): code and message, a sentence, not a stack. */
export function errorSummaryOf(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return `${errorCodeOf(err)}: ${message}`.slice(0, 300);
}

export function isSystemError(err: unknown): err is SystemError {
  return err instanceof SystemError;
}
