import { toSystemError } from '../http/to-system-error';

/** One upstream's entry under `/health` components (hmpps-monitoring shape; details must hold no secrets). */
export interface UpstreamHealth {
  status: 'UP' | 'DOWN';
  details: Record<string, string | number | boolean>;
  /** The error behind a DOWN, for the log only (libs/platform's `checkHealth` logs it and never shows it). */
  cause?: unknown;
}

export type HealthCheck = () => Promise<UpstreamHealth>;

/**
 * Pings `{baseUrl}/health/ping` without a token (a broken token must not make the upstream look down) and
 * never throws: a failed call is DOWN with the code the clients give that failure (`UPSTREAM.TIMEOUT`,
 * `UPSTREAM.NETWORK`, ...) in the details and the error itself as the cause, since its message may name hosts
 * and addresses that an unauthenticated /health must not show.
 */
export function createHealthCheck(options: { baseUrl: string; timeoutMs: number }): HealthCheck {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/health/ping`;
  return async (): Promise<UpstreamHealth> => {
    try {
      const response = await globalThis.fetch(url, { signal: AbortSignal.timeout(options.timeoutMs) });
      await response.body?.cancel();
      return { status: response.ok ? 'UP' : 'DOWN', details: { url, httpStatus: response.status } };
    } catch (err) {
      const failure = toSystemError({ upstream: url, operation: 'health ping' }, err);
      return { status: 'DOWN', details: { url, errorCode: failure.code }, cause: failure };
    }
  };
}

export type Upstream = 'prisonApi' | 'offenderSearch' | 'communityApi' | 'hmppsAuth';

/** The /health component names the original service gave its upstreams; dashboards and alerts use them. */
const COMPONENT_NAMES: Readonly<Record<Upstream, string>> = {
  prisonApi: 'prisonApiHealth',
  offenderSearch: 'searchApiHealth',
  communityApi: 'communityApiHealth',
  hmppsAuth: 'OAuthApiHealth',
};

const ALL_UPSTREAMS = Object.keys(COMPONENT_NAMES) as Upstream[];

/**
 * The `/health/ping`s of the upstreams an app calls (default all four), in a fixed order, as the platform's
 * `HealthComponent`s. They never count for readiness: an upstream outage only makes work wait (on the queue
 * or for the retrier), so it must not take the pods out of service.
 */
export function upstreamHealthComponents(
  health: Readonly<Record<Upstream, HealthCheck>>,
  upstreams: readonly Upstream[] = ALL_UPSTREAMS,
): { name: string; readiness: false; check: HealthCheck }[] {
  return ALL_UPSTREAMS.filter((upstream) => upstreams.includes(upstream)).map((upstream) => ({
    name: COMPONENT_NAMES[upstream],
    readiness: false,
    check: health[upstream],
  }));
}
