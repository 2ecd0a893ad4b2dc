import { withTimeLimit } from '../async/with-time-limit';

export type HealthStatus = 'UP' | 'DOWN';

/** Shown on the public /health endpoint: never put secrets here. */
export type HealthDetails = Readonly<Record<string, string | number | boolean>>;

export interface HealthCheckResult {
  status: HealthStatus;
  details?: HealthDetails;
}

/** One dependency (or part of the app) that /health reports on. */
export interface HealthComponent {
  name: string;
  /**
   * Whether it counts for /health/readiness. True only for the app's own AWS resources: an upstream
   * outage must not take every pod out of service.
   */
  readiness: boolean;
  /** How long the check may take before it counts as DOWN; default 2000 ms. */
  timeoutMs?: number;
  check(): Promise<HealthCheckResult>;
}

export interface HealthReport {
  status: HealthStatus;
  components: Record<string, HealthCheckResult>;
}

const DEFAULT_TIMEOUT_MS = 2_000;

/**
 * Runs the checks in parallel; a check that throws or outlives its time limit is DOWN with the error in
 * `details.error`. The whole is UP only when every component is.
 */
export async function checkHealth(components: readonly HealthComponent[]): Promise<HealthReport> {
  const results = await Promise.all(
    components.map(async (component) => {
      try {
        const limit = component.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        return await withTimeLimit(() => component.check(), limit, `health check ${component.name}`);
      } catch (error) {
        return {
          status: 'DOWN',
          details: { error: error instanceof Error ? error.message : String(error) },
        } as const;
      }
    }),
  );
  return {
    status: results.every((result) => result.status === 'UP') ? 'UP' : 'DOWN',
    components: Object.fromEntries(components.map((component, i) => [component.name, results[i]])),
  };
}
