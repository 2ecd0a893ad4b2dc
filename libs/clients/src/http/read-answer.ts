import { notFound, ok, type Lookup } from '@ptpu/domain';
import { invalidResponse, toSystemError, unexpectedStatus, type CallContext } from './to-system-error';

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

type WithRequired<T, K extends keyof T> = T & { [P in K]-?: NonNullable<T[P]> };
type Present<T, K extends keyof T> = { [P in K]?: NonNullable<T[P]> };

/** A malformed 2xx body fails loudly at the boundary, not as an `undefined` deep in the domain. */
export function requireFields<T extends object, K extends keyof T>(
  ctx: CallContext,
  body: T | undefined,
  fields: readonly K[],
): WithRequired<T, K> {
  if (body === undefined || body === null || typeof body !== 'object') throw invalidResponse(ctx, 'no body');
  const missing = fields.filter((f) => body[f] === undefined || body[f] === null);
  if (missing.length > 0) throw invalidResponse(ctx, `missing ${missing.join(', ')}`);
  return body as WithRequired<T, K>;
}

/** A 2xx body that must be a JSON array. */
export function requireArray<T>(ctx: CallContext, body: T[] | undefined): T[] {
  if (!Array.isArray(body)) throw invalidResponse(ctx, 'not an array');
  return body;
}

/** Drops JSON nulls (which the upstreams send for "not known") and undefined, so optional fields are absent. */
export function withoutAbsent<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/** Only the listed fields of `value` (in that order), those absent or null left out. */
export function pickPresent<T extends object, K extends keyof T>(
  value: T,
  fields: readonly K[],
): Present<T, K> {
  return withoutAbsent(Object.fromEntries(fields.map((field) => [field, value[field]]))) as Present<T, K>;
}

/** `requireFields`, then `pickPresent` of the `required` and `optional` fields, in that order. */
export function pickFields<T extends object, R extends keyof T, O extends keyof T>(
  ctx: CallContext,
  body: T | undefined,
  required: readonly R[],
  optional: readonly O[],
): Present<T, O> & { [P in R]-?: NonNullable<T[P]> } {
  const checked = requireFields(ctx, body, required);
  return pickPresent(checked, [...required, ...optional]) as Present<T, O> & WithRequired<T, R>;
}
