import type { Clock } from '@ptpu/domain';
import { createUpstreamClients, type UpstreamClients } from './create-upstream-clients';
import type { UpstreamCallRecorder } from './http/upstream-call-metrics';

/** The upstream settings of an app's config (libs/platform's `upstreamApisShape`). */
export interface UpstreamSettings {
  PRISON_ENDPOINT_URL: string;
  OFFENDER_SEARCH_ENDPOINT_URL: string;
  COMMUNITY_ENDPOINT_URL: string;
  OAUTH_ENDPOINT_URL: string;
  OAUTH_CLIENT_ID: string;
  OAUTH_CLIENT_SECRET: string;
  /** In ms. */
  PTPU_HTTP_TIMEOUT: number;
}

/**
 * The upstream clients as every app's composition root builds them from its config; `callerName` (default
 * the host name) goes out as `x-ptpu-caller`, and `calls` is told of every request sent.
 */
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
