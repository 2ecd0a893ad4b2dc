import type { Sandbox } from './start-sandbox';

/** The environment an app needs to call this sandbox's upstreams, as its config names them. */
export function upstreamEnvOf(sandbox: Pick<Sandbox, 'urls' | 'clientCredentials'>): Record<string, string> {
  return {
    PRISON_ENDPOINT_URL: sandbox.urls.prisonApi,
    OFFENDER_SEARCH_ENDPOINT_URL: sandbox.urls.offenderSearch,
    COMMUNITY_ENDPOINT_URL: sandbox.urls.communityApi,
    OAUTH_ENDPOINT_URL: sandbox.urls.auth,
    OAUTH_CLIENT_ID: sandbox.clientCredentials.clientId,
    OAUTH_CLIENT_SECRET: sandbox.clientCredentials.clientSecret,
  };
}
