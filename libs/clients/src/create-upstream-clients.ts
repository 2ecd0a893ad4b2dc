import { hostname } from 'node:os';
import type { Clock, CommunityApi, OffenderSearch, PrisonApi } from '@ptpu/domain';
import { HmppsAuthTokenProvider } from './auth/hmpps-auth-token-provider';
import type { TokenProvider } from './auth/token-provider';
import { createCommunityApiClient } from './community-api/community-api.client';
import { createHealthCheck, type HealthCheck } from './health/upstream-health';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './http/retry-policy';
import type { UpstreamCallRecorder } from './http/upstream-call-metrics';
import { createUpstreamFetch, type UpstreamFetchOptions } from './http/upstream-fetch';
import type { WriteGate } from './http/write-gate';
import { createOffenderSearchClient } from './offender-search/offender-search.client';
import { createPrisonApiClient } from './prison-api/prison-api.client';

export interface UpstreamClientsOptions {
  /** PRISON_ENDPOINT_URL */
  prisonApiUrl: string;
  /** OFFENDER_SEARCH_ENDPOINT_URL */
  offenderSearchUrl: string;
  /** COMMUNITY_ENDPOINT_URL */
  communityApiUrl: string;
  /** OAUTH_ENDPOINT_URL, including `/auth`. */
  authUrl: string;
  /** OAUTH_CLIENT_ID */
  clientId: string;
  /** OAUTH_CLIENT_SECRET */
  clientSecret: string;
  /** PTPU_HTTP_TIMEOUT in ms: the limit of each attempt of each call, token requests included. */
  timeoutMs: number;
  /** Limit of each health ping in ms. Default 2000 (or timeoutMs when shorter). */
  healthTimeoutMs?: number;
  /** Retries of GETs. Default DEFAULT_RETRY_POLICY (2 retries, 100 ms base, 1 s cap, full jitter). */
  retry?: Partial<RetryPolicy>;
  /** Token expiry clock. Default the system clock. */
  clock?: Clock;
  /** Sent as `x-ptpu-caller` on every upstream request. Default the host name (the pod name in Kubernetes). */
  callerName?: string;
  /**
   * Told of every request sent to any upstream, token requests included (the app's `createUpstreamCallMetrics`).
   * Default none.
   */
  calls?: UpstreamCallRecorder;
}

export interface UpstreamClients {
  prisonApi: PrisonApi;
  offenderSearch: OffenderSearch;
  /**
   * community-api for reads only: every write through it is refused (`CLAIM.NO_WRITE_GATE`), so nothing can
   * write to Delius without holding a booking's claim.
   */
  communityApi: CommunityApi;
  /** community-api writing under one claim: each write is sent only while `gate` says the lease holds. */
  communityApiUnder(gate: WriteGate): CommunityApi;
  /** The shared HMPPS Auth token cache, e.g. for a readiness check that a token can be had. */
  tokenProvider: TokenProvider;
  /** `/health/ping` of each upstream, without a token; never throw. */
  health: {
    prisonApi: HealthCheck;
    offenderSearch: HealthCheck;
    communityApi: HealthCheck;
    hmppsAuth: HealthCheck;
  };
}

const DEFAULT_HEALTH_TIMEOUT_MS = 2000;

/** Builds the three upstream ports over one shared token cache; for each app's composition root. */
export function createUpstreamClients(options: UpstreamClientsOptions): UpstreamClients {
  const caller = options.callerName ?? hostname();
  const tokenProvider = new HmppsAuthTokenProvider({ ...options, callerName: caller });
  const transport: Omit<UpstreamFetchOptions, 'upstream'> = {
    timeoutMs: options.timeoutMs,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    tokenProvider,
    caller,
    calls: options.calls,
  };
  const communityApiWith = (writes: UpstreamFetchOptions['writes']) =>
    createCommunityApiClient({
      baseUrl: options.communityApiUrl,
      fetch: createUpstreamFetch({ ...transport, upstream: 'community-api', writes }),
    });
  const healthTimeoutMs = options.healthTimeoutMs ?? Math.min(DEFAULT_HEALTH_TIMEOUT_MS, options.timeoutMs);
  const healthOf = (baseUrl: string) => createHealthCheck({ baseUrl, timeoutMs: healthTimeoutMs });

  return {
    prisonApi: createPrisonApiClient({
      baseUrl: options.prisonApiUrl,
      fetch: createUpstreamFetch({ ...transport, upstream: 'prison-api' }),
    }),
    offenderSearch: createOffenderSearchClient({
      baseUrl: options.offenderSearchUrl,
      fetch: createUpstreamFetch({ ...transport, upstream: 'offender-search' }),
    }),
    communityApi: communityApiWith('refused'),
    communityApiUnder: (gate) => communityApiWith(gate),
    tokenProvider,
    health: {
      prisonApi: healthOf(options.prisonApiUrl),
      offenderSearch: healthOf(options.offenderSearchUrl),
      communityApi: healthOf(options.communityApiUrl),
      hmppsAuth: healthOf(options.authUrl),
    },
  };
}
