/** In the shape koa and http-errors use, so the error middleware and koa's own handler both render it. */
export class HttpError extends Error {
  /** Whether the message may be shown to the caller; by default only for 4xx. */
  readonly expose: boolean;
  readonly headers?: Readonly<Record<string, string>>;
  /** A stable business code (`DOMAIN.REASON`) for callers to branch on. */
  readonly code?: string;

  constructor(
    readonly status: number,
    message: string,
    options: { expose?: boolean; headers?: Record<string, string>; code?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'HttpError';
    this.expose = options.expose ?? status < 500;
    this.headers = options.headers;
    this.code = options.code;
  }
}

/**
 * How a thrown error is answered. Only 4xx errors marked `expose` (http-errors' default for 4xx, as from
 * `ctx.throw(404, ...)`) show their message and keep their status; any other error is a fault: it keeps a
 * 5xx it asked for (503: try again later) and otherwise becomes a 500.
 */
export function responseFor(error: unknown): { status: number; exposed: boolean } {
  const { status, statusCode, expose } = (error ?? {}) as {
    status?: unknown;
    statusCode?: unknown;
    expose?: unknown;
  };
  const asked = status ?? statusCode;
  const valid = typeof asked === 'number' && Number.isInteger(asked) && asked >= 400 && asked <= 599;
  if (valid && asked < 500 && expose === true) return { status: asked, exposed: true };
  return { status: valid && asked >= 500 ? asked : 500, exposed: false };
}
