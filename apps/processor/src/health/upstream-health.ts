import type { UpstreamClients } from '@ptpu/clients';
import type { HealthComponent } from '@ptpu/platform';

/**
 * The upstreams' `/health/ping`s, named as the original service named them. They never count for readiness:
 * an upstream outage only makes rows wait for the retrier, so it must not take the pods out of service.
 */
export function upstreamHealth(health: UpstreamClients['health']): HealthComponent[] {
  return [
    { name: 'prisonApiHealth', readiness: false, check: health.prisonApi },
    { name: 'searchApiHealth', readiness: false, check: health.offenderSearch },
    { name: 'communityApiHealth', readiness: false, check: health.communityApi },
    { name: 'OAuthApiHealth', readiness: false, check: health.hmppsAuth },
  ];
}
