import type { TokenProvider } from '../auth/token-provider';
import { errorName } from './error-name';
import { backOffDelay, RETRYABLE_STATUSES, type RetryPolicy } from './retry-policy';

export interface UpstreamFetchOptions {
  /** Time limit of one attempt in ms, from sending the request to reading the whole body. */
  timeoutMs: number;
  retry: RetryPolicy;
  /** Adds `Authorization: Bearer`; absent for calls that need no token. */
  tokenProvider?: TokenProvider;
}

export type FetchFn = (request: Request) => Promise<Response>;

/**
 * The transport under every openapi-fetch client: bearer token, a timeout per attempt, and retries of GETs
 * on network errors and 502/503/504. Writes are sent once: a PUT/POST whose answer was lost may have been
 * applied, and repeating it is the caller's decision (it reads back first). Timeouts are not retried either:
 * an upstream that is already slow gets no extra load from us, and the caller's own retry schedule
 * (SQS redelivery, retry tiers) takes over.
 */
export function createUpstreamFetch(options: UpstreamFetchOptions): FetchFn {
  return async (request) => {
    const token = options.tokenProvider ? await options.tokenProvider.getToken() : undefined;
    const attempts = request.method === 'GET' ? options.retry.maxRetries + 1 : 1;
    for (let attempt = 1; ; attempt += 1) {
      const lastAttempt = attempt >= attempts;
      try {
        const response = await globalThis.fetch(attemptOf(request, token, lastAttempt), {
          signal: attemptSignal(request.signal, options.timeoutMs),
        });
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

/** The request to send, with the token; its signal goes to fetch itself (see `attemptSignal`). */
function attemptOf(request: Request, token: string | undefined, lastAttempt: boolean): Request {
  const headers = new Headers(request.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  // A GET may be sent again, so each attempt gets a copy; a write is sent once and may take the original.
  return new Request(lastAttempt ? request : request.clone(), { headers });
}

/**
 * Aborts an attempt when the caller's signal does, or with a `TimeoutError` once `timeoutMs` has passed.
 * Built on a controller that its timer and the caller's signal hold strongly, not on `AbortSignal.any` and
 * `AbortSignal.timeout`: Node 24 can garbage-collect those while a request still depends on them (and on a
 * throwaway Request's signal), and the attempt then never times out (nodejs/node#57736). Given to fetch's own
 * options rather than to the Request, for the same reason. The timer is unref'd, and left to run out after
 * a reply: the body is read after this function returns and must stay under the limit too.
 */
function attemptSignal(caller: AbortSignal, timeoutMs: number): AbortSignal {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
    timeoutMs,
  );
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
