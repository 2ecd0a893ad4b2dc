import { errorName, networkErrorCode } from '../http/error-name';

/** One upstream's entry under `/health` components (hmpps-monitoring shape; details must hold no secrets). */
export interface UpstreamHealth {
  status: 'UP' | 'DOWN';
  details: Record<string, string | number | boolean>;
}

export type HealthCheck = () => Promise<UpstreamHealth>;

/**
 * Pings `{baseUrl}/health/ping` without a token (a broken token must not make the upstream look down) and
 * never throws: any failure is a DOWN with the reason in the details.
 */
export function createHealthCheck(options: { baseUrl: string; timeoutMs: number }): HealthCheck {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/health/ping`;
  return async (): Promise<UpstreamHealth> => {
    try {
      const response = await globalThis.fetch(url, { signal: AbortSignal.timeout(options.timeoutMs) });
      await response.body?.cancel();
      return { status: response.ok ? 'UP' : 'DOWN', details: { url, httpStatus: response.status } };
    } catch (err) {
      return { status: 'DOWN', details: { url, error: describe(err) } };
    }
  };
}

function describe(err: unknown): string {
  if (errorName(err) === 'TimeoutError') return 'timed out';
  const message =
    typeof err === 'object' && err !== null ? (err as { message?: unknown }).message : undefined;
  return networkErrorCode(err) ?? (typeof message === 'string' ? message : String(err));
}
