import type { HealthCheck } from '@ptpu/clients';
import type { HealthComponent } from '@ptpu/platform';

/**
 * An upstream's `/health/ping` as a /health component (named as the original service named it). Upstreams
 * never count for readiness: their outage must not take the validator's pods out of service, since messages
 * simply wait on the queue until the upstream is back.
 */
export function upstreamHealth(name: string, check: HealthCheck): HealthComponent {
  return { name, readiness: false, check };
}
