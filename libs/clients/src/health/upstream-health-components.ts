import type { UpstreamClients } from '../create-upstream-clients';
import type { HealthCheck } from './upstream-health';

export type Upstream = keyof UpstreamClients['health'];

/** The /health component names the original service gave its upstreams; dashboards and alerts use them. */
const COMPONENT_NAMES: Readonly<Record<Upstream, string>> = {
  prisonApi: 'prisonApiHealth',
  offenderSearch: 'searchApiHealth',
  communityApi: 'communityApiHealth',
  hmppsAuth: 'OAuthApiHealth',
};

const ALL_UPSTREAMS = Object.keys(COMPONENT_NAMES) as Upstream[];

/** An upstream's ping as an app's /health component (the platform's `HealthComponent` shape). */
export interface UpstreamHealthComponent {
  name: string;
  readiness: false;
  check: HealthCheck;
}

/**
 * The `/health/ping`s of the upstreams an app calls (default all four), in a fixed order. They never count for
 * readiness: an upstream outage only makes work wait (on the queue or for the retrier), so it must not take
 * the pods out of service.
 */
export function upstreamHealthComponents(
  health: UpstreamClients['health'],
  upstreams: readonly Upstream[] = ALL_UPSTREAMS,
): UpstreamHealthComponent[] {
  return ALL_UPSTREAMS.filter((upstream) => upstreams.includes(upstream)).map((upstream) => ({
    name: COMPONENT_NAMES[upstream],
    readiness: false,
    check: health[upstream],
  }));
}
