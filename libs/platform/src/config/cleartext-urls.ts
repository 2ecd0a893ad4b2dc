import type { ConfigProblem } from './config-error';

/** The URLs a secret travels to: HMPPS Auth gets the client secret, the upstream APIs get its tokens. */
const SECRET_BEARING_URLS = [
  'OAUTH_ENDPOINT_URL',
  'PRISON_ENDPOINT_URL',
  'OFFENDER_SEARCH_ENDPOINT_URL',
  'COMMUNITY_ENDPOINT_URL',
] as const;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Refuses `http://` for the HMPPS Auth and upstream URLs of a deployed app: the client secret and the tokens would
 * travel in clear. A local stack (`PROVISION_LOCAL_RESOURCES=true`) may use plain HTTP, and loopback anywhere.
 */
export function cleartextUrlProblems(config: Readonly<Record<string, unknown>>): ConfigProblem[] {
  if (config.PROVISION_LOCAL_RESOURCES === true) return [];
  return SECRET_BEARING_URLS.flatMap((key) => {
    const value = config[key];
    if (typeof value !== 'string') return [];
    const { protocol, hostname } = new URL(value);
    if (protocol !== 'http:' || LOOPBACK_HOSTS.has(hostname)) return [];
    return [
      {
        key,
        problem: `"${value}": expected https:// outside a local stack (a secret or token would travel in clear)`,
      },
    ];
  });
}
