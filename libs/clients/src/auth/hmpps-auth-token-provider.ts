import { SystemError, type Clock } from '@ptpu/domain';
import createClient from 'openapi-fetch';
import type { paths } from '../generated/hmpps-auth';
import { receive, requireFields } from '../http/read-answer';
import { DEFAULT_RETRY_POLICY } from '../http/retry-policy';
import { createUpstreamFetch, type TokenProvider, type UpstreamCallRecorder } from '../http/upstream-fetch';

export interface HmppsAuthOptions {
  /** HMPPS Auth, including `/auth`. */
  authUrl: string;
  clientId: string;
  clientSecret: string;
  /** The limit of each attempt of each call in ms, token requests included. */
  timeoutMs: number;
  /** Token expiry clock. */
  clock?: Clock;
  /** Sent as `x-ptpu-caller` on every upstream request. Default the host name (the pod name in Kubernetes). */
  callerName?: string;
  /** Told of every request sent to any upstream, token requests included. */
  calls?: UpstreamCallRecorder;
}

/** A token is dropped this long before HMPPS Auth says it expires, so it never expires in flight. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * OAuth2 client-credentials tokens from HMPPS Auth, cached until `expires_in` minus 60 s. Concurrent callers
 * that find no valid token share one token request.
 */
export class HmppsAuthTokenProvider implements TokenProvider {
  private readonly client;
  private readonly clock: Clock;
  private readonly basicCredentials: string;
  private cached?: { token: string; expiresAtMs: number };
  private inFlight?: Promise<string>;

  constructor(options: HmppsAuthOptions) {
    this.client = createClient<paths>({
      baseUrl: options.authUrl,
      fetch: createUpstreamFetch({
        upstream: 'hmpps-auth',
        calls: options.calls,
        timeoutMs: options.timeoutMs,
        retry: DEFAULT_RETRY_POLICY,
        caller: options.callerName,
      }),
    });
    this.clock = options.clock ?? { now: () => new Date() };
    this.basicCredentials = Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64');
  }

  getToken(): Promise<string> {
    if (this.cached && this.clock.now().getTime() < this.cached.expiresAtMs) {
      return Promise.resolve(this.cached.token);
    }
    this.inFlight ??= this.requestToken().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  invalidate(): void {
    this.cached = undefined;
  }

  private async requestToken(): Promise<string> {
    const ctx = { upstream: 'hmpps-auth', operation: 'getToken' };
    try {
      const answer = await receive(ctx, () =>
        this.client.POST('/oauth/token', {
          body: { grant_type: 'client_credentials' },
          bodySerializer: (body) => new URLSearchParams(body),
          headers: {
            Authorization: `Basic ${this.basicCredentials}`,
            'Content-Type': 'application/x-www-form-urlencoded',
          },
        }),
      );
      const body = requireFields(ctx, answer, ['access_token', 'expires_in']);
      const expiresAtMs = this.clock.now().getTime() + body.expires_in * 1000 - EXPIRY_MARGIN_MS;
      this.cached = { token: body.access_token, expiresAtMs };
      return body.access_token;
    } catch (err) {
      // Whatever went wrong (auth down, bad credentials, garbage), the call that needed the token cannot go
      // ahead now but may later: one code for alerts, the original failure kept as the cause.
      throw new SystemError('could not get a token from HMPPS Auth', {
        code: 'AUTH.TOKEN',
        retryable: true,
        cause: err,
        details: {
          ...ctx,
          ...(err instanceof SystemError && err.details),
          reason: err instanceof SystemError ? err.code : 'UNEXPECTED',
        },
      });
    }
  }
}
