import type { TokenProvider } from '../auth/token-provider';
import { errorName } from './error-name';
import { backOffDelay, RETRYABLE_STATUSES, type RetryPolicy } from './retry-policy';
import {
  noUpstreamCallRecorder,
  outcomeOfError,
  outcomeOfStatus,
  type Upstream,
  type UpstreamCallRecorder,
} from './upstream-call-metrics';
import {
  CALLER_HEADER,
  CLAIM_HEADER,
  claimHeaderValue,
  leasePassed,
  noWriteGate,
  type WriteGate,
  type WritePolicy,
} from './write-gate';

export interface UpstreamFetchOptions {
  /** Who is called, for the metrics. */
  upstream: Upstream;
  /** Told of every attempt sent (`ptpu_upstream_call_duration_seconds`). Default none. */
  calls?: UpstreamCallRecorder;
  /** Time limit of one attempt in ms, from sending the request to reading the whole body. */
  timeoutMs: number;
  retry: RetryPolicy;
  /** Adds `Authorization: Bearer`; absent for calls that need no token. */
  tokenProvider?: TokenProvider;
  /** Sent as `x-ptpu-caller` on every request: the pod name, so an upstream's request log says who sent what. */
  caller?: string;
  /** What happens to requests other than GET (see `WritePolicy`); absent, they are sent. */
  writes?: WritePolicy;
}

export type FetchFn = (request: Request) => Promise<Response>;

/**
 * The transport under every openapi-fetch client: bearer token, a timeout per attempt, and retries of GETs
 * on network errors and 502/503/504. Writes are sent once: a PUT/POST whose answer was lost may have been
 * applied, and repeating it is the caller's decision (it reads back first). Timeouts are not retried either:
 * an upstream that is already slow gets no extra load from us, and the caller's own retry schedule
 * (SQS redelivery, retry tiers) takes over.
 *
 * Under a write gate (docs/architecture.md, Locks and claims) a write is checked after the token is in hand
 * and just before it is sent, with nothing awaited in between: once the lease may have passed it is not sent
 * (`CLAIM.LEASE_PASSED`), and one that is sent may take only what is left of the lease.
 */
export function createUpstreamFetch(options: UpstreamFetchOptions): FetchFn {
  const send = timedFetch(options.upstream, options.calls ?? noUpstreamCallRecorder);
  return async (request) => {
    const gate = gateOf(request, options.writes);
    const token = options.tokenProvider ? await options.tokenProvider.getToken() : undefined;
    const attempts = request.method === 'GET' ? options.retry.maxRetries + 1 : 1;
    for (let attempt = 1; ; attempt += 1) {
      const lastAttempt = attempt >= attempts;
      try {
        const toSend = attemptOf(request, { token, caller: options.caller, gate }, lastAttempt);
        const signal = gate
          ? gatedSignal(toSend, gate, request.signal, options.timeoutMs)
          : attemptSignal(request.signal, options.timeoutMs);
        const response = await send(toSend, signal);
        if (!lastAttempt && RETRYABLE_STATUSES.has(response.status)) {
          await response.body?.cancel();
        } else {
          if (response.status === 401) options.tokenProvider?.invalidate();
          return response;
        }
      } catch (err) {
        if (lastAttempt || !isNetworkError(err)) throw err;
      }
      await options.retry.sleep(backOffDelay(options.retry, attempt));
    }
  };
}

/**
 * fetch, recording each attempt's outcome and its time to the answer's headers (reading the body is the
 * caller's, and not in it). Requests a gate refused never get here, so they are not counted as calls.
 */
function timedFetch(upstream: Upstream, calls: UpstreamCallRecorder) {
  return async (request: Request, signal: AbortSignal): Promise<Response> => {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const response = await globalThis.fetch(request, { signal });
      calls.record(upstream, outcomeOfStatus(response.status), seconds());
      return response;
    } catch (err) {
      calls.record(upstream, outcomeOfError(err), seconds());
      throw err;
    }
  };
}

/** The gate a request must pass, if any; throws at once for a write the policy refuses. */
function gateOf(request: Request, writes: WritePolicy | undefined): WriteGate | undefined {
  if (request.method === 'GET' || writes === undefined) return undefined;
  if (writes === 'refused') throw noWriteGate(request);
  return writes;
}

interface AttemptHeaders {
  token: string | undefined;
  caller: string | undefined;
  gate: WriteGate | undefined;
}

/** The request to send, with the token; its signal goes to fetch itself (see `attemptSignal`). */
function attemptOf(request: Request, { token, caller, gate }: AttemptHeaders, lastAttempt: boolean): Request {
  const headers = new Headers(request.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (caller) headers.set(CALLER_HEADER, caller);
  if (gate) headers.set(CLAIM_HEADER, claimHeaderValue(gate));
  // A GET may be sent again, so each attempt gets a copy; a write is sent once and may take the original.
  return new Request(lastAttempt ? request : request.clone(), { headers });
}

/**
 * The gate's check, made synchronously right before fetch: throws `CLAIM.LEASE_PASSED` when no time is left,
 * otherwise a signal whose limit is the attempt's timeout or what is left of the lease, whichever is sooner.
 * A write cut short by the lease fails with `CLAIM.LEASE_PASSED` too: whether it landed is for the next
 * holder's compare-before-write to find out.
 */
function gatedSignal(request: Request, gate: WriteGate, caller: AbortSignal, timeoutMs: number): AbortSignal {
  const msLeft = gate.msLeft();
  if (msLeft <= 0) throw leasePassed(request, gate, msLeft);
  if (msLeft >= timeoutMs) return attemptSignal(caller, timeoutMs);
  return attemptSignal(caller, Math.ceil(msLeft), () =>
    leasePassed(request, gate, 0, new DOMException('The lease ran out during the write', 'TimeoutError')),
  );
}

const timeoutReason = (): unknown =>
  new DOMException('The operation was aborted due to timeout', 'TimeoutError');

/**
 * Aborts an attempt when the caller's signal does, or with a `TimeoutError` once `timeoutMs` has passed.
 * Built on a controller that its timer and the caller's signal hold strongly, not on `AbortSignal.any` and
 * `AbortSignal.timeout`: Node 24 can garbage-collect those while a request still depends on them (and on a
 * throwaway Request's signal), and the attempt then never times out (nodejs/node#57736). Given to fetch's own
 * options rather than to the Request, for the same reason. The timer is unref'd, and left to run out after
 * a reply: the body is read after this function returns and must stay under the limit too.
 */
function attemptSignal(
  caller: AbortSignal,
  timeoutMs: number,
  reasonOnTimeout: () => unknown = timeoutReason,
): AbortSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(reasonOnTimeout()), timeoutMs);
  timer.unref();
  const abortWithCaller = () => {
    clearTimeout(timer);
    controller.abort(caller.reason);
  };
  if (caller.aborted) abortWithCaller();
  else caller.addEventListener('abort', abortWithCaller, { once: true });
  return controller.signal;
}

/** fetch rejects with a TypeError when the connection fails (refused, reset, DNS); a timeout is a DOMException. */
const isNetworkError = (err: unknown): boolean => errorName(err) === 'TypeError';
