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
          signal: AbortSignal.any([request.signal, AbortSignal.timeout(options.timeoutMs)]),
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

/**
 * The request to send, with the token. Its time limit goes to fetch itself, not into this Request: Node 24
 * loses a signal given to a Request that nothing keeps once fetch has it, and after the next garbage
 * collection the attempt would never time out.
 */
function attemptOf(request: Request, token: string | undefined, lastAttempt: boolean): Request {
  const headers = new Headers(request.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  // A GET may be sent again, so each attempt gets a copy; a write is sent once and may take the original.
  return new Request(lastAttempt ? request : request.clone(), { headers });
}

/** fetch rejects with a TypeError when the connection fails (refused, reset, DNS); a timeout is a DOMException. */
const isNetworkError = (err: unknown): boolean => errorName(err) === 'TypeError';
