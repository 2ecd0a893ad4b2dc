import { Histogram, type Registry } from 'prom-client';
import { UPSTREAM_APIS, type UpstreamApiName } from '../openapi-documents';
import { backOffDelay, type RetryPolicy } from './retry-policy';
import { errorName } from './to-system-error';
import { leasePassed, noWriteGate, type WriteGate, type WritePolicy } from './write-gate';

/** Supplies the bearer token for outbound calls. */
export interface TokenProvider {
  /** A valid access token; throws a retryable `SystemError` (`AUTH.TOKEN`) when none can be had. */
  getToken(): Promise<string>;
  /** Forgets the cached token, e.g. after an upstream answered 401, so the next call fetches a new one. */
  invalidate(): void;
}

export interface UpstreamFetchOptions {
  upstream: UpstreamApiName;
  /** Told of every attempt sent. */
  calls?: UpstreamCallRecorder;
  /** Time limit of one attempt in ms, from sending the request to reading the whole body. */
  timeoutMs: number;
  retry: RetryPolicy;
  /** Absent for calls that need no token. */
  tokenProvider?: TokenProvider;
  /** Sent as `x-ptpu-caller`: the pod name, so an upstream's request log says who sent what. */
  caller?: string;
  /** Absent, requests other than GET are sent (see `WritePolicy`). */
  writes?: WritePolicy;
}

export type FetchFn = (request: Request) => Promise<Response>;

/** What a gateway or a restarting upstream answers: a GET is worth repeating after them. */
const RETRYABLE_STATUSES = new Set([502, 503, 504]);

/**
 * The transport under every openapi-fetch client: bearer token, a timeout per attempt, and retries of GETs
 * on network errors and 502/503/504. Writes are sent once: a PUT/POST whose answer was lost may have been
 * applied, and repeating it is the caller's decision (it reads back first). Timeouts are not retried either:
 * an upstream that is already slow gets no extra load from us, and the caller's own retries take over.
 *
 * Under a write gate (docs/architecture.md, Locks and claims) a write is checked after the token is in hand
 * and just before it is sent, with nothing awaited in between: once the lease may have passed it is not sent
 * (`CLAIM.LEASE_PASSED`), and one that is sent may take only what is left of the lease.
 */
export function createUpstreamFetch(options: UpstreamFetchOptions): FetchFn {
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
        const response = await timedFetch(toSend, signal, options);
        if (!lastAttempt && RETRYABLE_STATUSES.has(response.status)) {
          await response.body?.cancel();
        } else {
          if (response.status === 401) options.tokenProvider?.invalidate();
          return response;
        }
      } catch (err) {
        // A failed connection (refused, reset, DNS) is a TypeError; a timeout is not one.
        if (lastAttempt || errorName(err) !== 'TypeError') throw err;
      }
      await options.retry.sleep(backOffDelay(options.retry, attempt));
    }
  };
}

/** fetch, recording each attempt's outcome and its time to the answer's headers (not the body's). */
async function timedFetch(
  request: Request,
  signal: AbortSignal,
  { upstream, calls }: UpstreamFetchOptions,
): Promise<Response> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const response = await globalThis.fetch(request, { signal });
    calls?.record(upstream, outcomeOfStatus(response.status), seconds());
    return response;
  } catch (err) {
    calls?.record(upstream, outcomeOfError(err), seconds());
    throw err;
  }
}

/** The `outcome` label: what one attempt came to, from its status or what fetch threw. */
const OUTCOMES = [
  'success',
  'not_found',
  'client_error',
  'server_error',
  'timeout',
  'network_error',
  'aborted',
] as const;
type CallOutcome = (typeof OUTCOMES)[number];

/** Told of every HTTP attempt the clients send (retries each count), with the seconds it took to its answer. */
export interface UpstreamCallRecorder {
  record(upstream: UpstreamApiName, outcome: CallOutcome, seconds: number): void;
}

/** Every series starts at 0 so the error-ratio alert and the panels have data before the first failure. */
export function createUpstreamCallMetrics(registry: Registry): UpstreamCallRecorder {
  const histogram = new Histogram({
    name: 'ptpu_upstream_call_duration_seconds',
    help: 'HTTP attempts sent to an upstream, by outcome: seconds from sending to the answer’s headers',
    labelNames: ['upstream', 'outcome'],
    // From a fast cached read to the slowest a call may take (`PTPU_HTTP_TIMEOUT` is well under 10 s).
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  for (const upstream of UPSTREAM_APIS) {
    for (const outcome of OUTCOMES) histogram.zero({ upstream, outcome });
  }
  return { record: (upstream, outcome, seconds) => histogram.observe({ upstream, outcome }, seconds) };
}

function outcomeOfStatus(status: number): CallOutcome {
  if (status < 400) return 'success';
  if (status === 404) return 'not_found';
  return status < 500 ? 'client_error' : 'server_error';
}

/** A `TimeoutError` is our time limit, a `TypeError` a failed connection; else an abort (caller or lease). */
function outcomeOfError(err: unknown): CallOutcome {
  const name = errorName(err);
  if (name === 'TimeoutError') return 'timeout';
  return name === 'TypeError' ? 'network_error' : 'aborted';
}

/** Throws at once for a write the policy refuses. */
function gateOf(request: Request, writes: WritePolicy | undefined): WriteGate | undefined {
  if (request.method === 'GET' || writes === undefined) return undefined;
  if (writes === 'refused') throw noWriteGate(request);
  return writes;
}

function attemptOf(
  request: Request,
  { token, caller, gate }: { token?: string; caller?: string; gate?: WriteGate },
  lastAttempt: boolean,
): Request {
  const headers = new Headers(request.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (caller) headers.set('x-ptpu-caller', caller);
  // The claim a write is sent under, for the request log of a resilience check.
  if (gate) headers.set('x-ptpu-claim', `${gate.claimId};fence=${gate.fence};owner=${gate.owner}`);
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

/**
 * Aborts an attempt when the caller's signal does, or with a `TimeoutError` once `timeoutMs` has passed.
 * Not `AbortSignal.any`/`AbortSignal.timeout`, nor the Request's own signal: Node 24 can garbage-collect
 * those while a request still depends on them, and the attempt then never times out (nodejs/node#57736).
 * The timer is unref'd and left to run out after a reply: the body, read later, must stay under the limit.
 */
function attemptSignal(
  caller: AbortSignal,
  timeoutMs: number,
  reasonOnTimeout = (): unknown =>
    new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
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
