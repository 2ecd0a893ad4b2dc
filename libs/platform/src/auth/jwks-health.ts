import type { HealthCheckResult, HealthComponent } from '../http/health';
import { jwksUrlOf } from './jwt-verifier';

/**
 * /health component: the JWKS can be fetched and holds at least one key. An upstream, so it never counts
 * for readiness.
 */
export function createJwksHealthComponent(options: {
  oauthEndpointUrl: string;
  timeoutMs?: number;
}): HealthComponent {
  const url = jwksUrlOf(options.oauthEndpointUrl);
  const timeoutMs = options.timeoutMs ?? 2_000;
  return {
    name: 'jwks',
    readiness: false,
    timeoutMs,
    async check(): Promise<HealthCheckResult> {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) {
        await response.body?.cancel();
        return { status: 'DOWN', details: { url: url.href, httpStatus: response.status } };
      }
      const body = (await response.json()) as { keys?: unknown };
      const keys = Array.isArray(body.keys) ? body.keys.length : 0;
      return { status: keys > 0 ? 'UP' : 'DOWN', details: { url: url.href, keys } };
    },
  };
}
