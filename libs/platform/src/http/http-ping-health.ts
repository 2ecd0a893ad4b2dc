import type { HealthCheckResult, HealthComponent } from './health';

/**
 * /health component for an upstream HMPPS API: an unauthenticated GET `<baseUrl>/health/ping` answering
 * 2xx. Upstreams never count for readiness.
 */
export function createHttpPingHealthComponent(options: {
  name: string;
  baseUrl: string;
  timeoutMs?: number;
}): HealthComponent {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/health/ping`;
  const timeoutMs = options.timeoutMs ?? 2_000;
  return {
    name: options.name,
    readiness: false,
    timeoutMs,
    async check(): Promise<HealthCheckResult> {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      await response.body?.cancel();
      return { status: response.ok ? 'UP' : 'DOWN', details: { url, httpStatus: response.status } };
    },
  };
}
