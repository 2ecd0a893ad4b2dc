import { toSystemError, unexpectedStatus, type CallContext } from './to-system-error';

/** The shape every openapi-fetch call resolves to. */
interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

export type Sent<T, S extends number> = { ok: true; data: T | undefined } | { ok: false; status: S };

/**
 * Runs one typed openapi-fetch call and sorts its answer: 2xx is data; a status in `outcomeStatuses` (the
 * 404s and 409s the domain decides on) is returned; every other status, and anything thrown, becomes a
 * SystemError naming the upstream, the operation and the status.
 */
export async function send<T, S extends number = never>(
  ctx: CallContext,
  call: () => Promise<FetchResult<T>>,
  outcomeStatuses: readonly S[] = [],
): Promise<Sent<T, S>> {
  let result: FetchResult<T>;
  try {
    result = await call();
  } catch (err) {
    throw toSystemError(ctx, err);
  }
  const { status } = result.response;
  if (result.response.ok) return { ok: true, data: result.data };
  if ((outcomeStatuses as readonly number[]).includes(status)) return { ok: false, status: status as S };
  throw unexpectedStatus(ctx, status, result.error);
}

/** `send` for calls where every non-2xx is a system fault: resolves to the 2xx body. */
export async function receive<T>(
  ctx: CallContext,
  call: () => Promise<FetchResult<T>>,
): Promise<T | undefined> {
  const sent = await send(ctx, call);
  return sent.ok ? sent.data : undefined;
}
