import { hostname } from 'node:os';
import type { Clock, CommunityApi, OffenderSearch, PrisonApi } from '@ptpu/domain';
import { HmppsAuthTokenProvider, type HmppsAuthOptions } from './auth/hmpps-auth-token-provider';
import { createCommunityApiClient } from './community-api/community-api.client';
import { createHealthCheck, type HealthCheck, type Upstream } from './health/upstream-health';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './http/retry-policy';
import {
  createUpstreamFetch,
  type TokenProvider,
  type UpstreamCallRecorder,
  type UpstreamFetchOptions,
} from './http/upstream-fetch';
import type { WriteGate } from './http/write-gate';
import { createOffenderSearchClient } from './offender-search/offender-search.client';
import { createPrisonApiClient } from './prison-api/prison-api.client';

export interface UpstreamClientsOptions extends HmppsAuthOptions {
  prisonApiUrl: string;
  offenderSearchUrl: string;
  communityApiUrl: string;
  /** Limit of each health ping in ms. Default 2000 (or timeoutMs when shorter). */
  healthTimeoutMs?: number;
  /** Retries of GETs; the rest from DEFAULT_RETRY_POLICY. */
  retry?: Partial<RetryPolicy>;
}

export interface UpstreamClients {
  prisonApi: PrisonApi;
  offenderSearch: OffenderSearch;
  /** Reads only: every write is refused (`CLAIM.NO_WRITE_GATE`), so none reaches Delius without a claim. */
  communityApi: CommunityApi;
  /** community-api writing under one claim: each write is sent only while `gate` says the lease holds. */
  communityApiUnder(gate: WriteGate): CommunityApi;
  /** The shared HMPPS Auth token cache. */
  tokenProvider: TokenProvider;
  /** `/health/ping` of each upstream, without a token; never throw. */
  health: Record<Upstream, HealthCheck>;
}

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
  const healthTimeoutMs = options.healthTimeoutMs ?? Math.min(2000, options.timeoutMs);
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
    communityApiUnder: communityApiWith,
    tokenProvider,
    health: {
      prisonApi: healthOf(options.prisonApiUrl),
      offenderSearch: healthOf(options.offenderSearchUrl),
      communityApi: healthOf(options.communityApiUrl),
      hmppsAuth: healthOf(options.authUrl),
    },
  };
}

/** The upstream settings of an app's config (libs/platform's `upstreamApisShape`; the timeout in ms). */
export interface UpstreamSettings {
  PRISON_ENDPOINT_URL: string;
  OFFENDER_SEARCH_ENDPOINT_URL: string;
  COMMUNITY_ENDPOINT_URL: string;
  OAUTH_ENDPOINT_URL: string;
  OAUTH_CLIENT_ID: string;
  OAUTH_CLIENT_SECRET: string;
  PTPU_HTTP_TIMEOUT: number;
}

/** The upstream clients as every app's composition root builds them from its config. */
export function upstreamClientsFromConfig(
  config: UpstreamSettings,
  clock: Clock,
  callerName?: string,
  calls?: UpstreamCallRecorder,
): UpstreamClients {
  return createUpstreamClients({
    prisonApiUrl: config.PRISON_ENDPOINT_URL,
    offenderSearchUrl: config.OFFENDER_SEARCH_ENDPOINT_URL,
    communityApiUrl: config.COMMUNITY_ENDPOINT_URL,
    authUrl: config.OAUTH_ENDPOINT_URL,
    clientId: config.OAUTH_CLIENT_ID,
    clientSecret: config.OAUTH_CLIENT_SECRET,
    timeoutMs: config.PTPU_HTTP_TIMEOUT,
    clock,
    ...(callerName !== undefined && { callerName }),
    calls,
  });
}
