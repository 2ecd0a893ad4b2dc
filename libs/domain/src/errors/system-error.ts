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

/** Narrowing helper for `catch (err: unknown)`. */
export function isSystemError(err: unknown): err is SystemError {
  return err instanceof SystemError;
}
