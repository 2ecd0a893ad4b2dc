import { notFound, ok, type Lookup } from '@ptpu/domain';
import { toSystemError, unexpectedStatus, type CallContext } from './to-system-error';

/** The shape every openapi-fetch call resolves to. */
interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

type Call<T> = () => Promise<FetchResult<T>>;

/**
 * Runs one typed openapi-fetch call and sorts its answer: 2xx is data; a status in `outcomeStatuses` (the
 * 404s and 409s the domain decides on) is returned; every other status, and anything thrown, becomes a
 * SystemError naming the upstream, the operation and the status.
 */
export async function send<T, S extends number = never>(
  ctx: CallContext,
  call: Call<T>,
  outcomeStatuses: readonly S[] = [],
): Promise<{ ok: true; data: T | undefined } | { ok: false; status: S }> {
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
export async function receive<T>(ctx: CallContext, call: Call<T>): Promise<T | undefined> {
  const sent = await send(ctx, call);
  return sent.ok ? sent.data : undefined;
}

/** `send` for a lookup: the 2xx body as `map` makes it, or `notFound()` for a 404. */
export async function lookUp<T, R>(
  ctx: CallContext,
  call: Call<T>,
  map: (ctx: CallContext, body: T | undefined) => R,
): Promise<Lookup<R>> {
  const sent = await send(ctx, call, [404]);
  return sent.ok ? ok(map(ctx, sent.data)) : notFound();
}
