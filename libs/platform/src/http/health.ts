import { withTimeLimit } from '../async/with-time-limit';
import type { Logger } from '../logging/create-logger';
import { healthErrorCode } from './health-error-code';

export type HealthStatus = 'UP' | 'DOWN';

/** Shown on the public /health endpoint: never put secrets or error messages here, only facts and codes. */
export type HealthDetails = Readonly<Record<string, string | number | boolean>>;

export interface HealthCheckResult {
  status: HealthStatus;
  details?: HealthDetails;
  /** Why it is DOWN, for the log only: never shown on /health. */
  cause?: unknown;
}

/** One component as /health shows it: without the cause. */
type ShownHealth = Omit<HealthCheckResult, 'cause'>;

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
  components: Record<string, ShownHealth>;
}

const DEFAULT_TIMEOUT_MS = 2_000;

/**
 * Runs the checks in parallel; a check that throws or outlives its time limit is DOWN with only an error code
 * in `details.errorCode` (`healthErrorCode`). Each DOWN component is logged once, with its name, details and
 * the full error, so the body stays free of the account ids, ARNs and URLs that error messages carry. The
 * whole is UP only when every component is.
 */
export async function checkHealth(
  components: readonly HealthComponent[],
  logger: Logger,
): Promise<HealthReport> {
  const results = await Promise.all(
    components.map(async (component): Promise<HealthCheckResult> => {
      try {
        const limit = component.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        return await withTimeLimit(() => component.check(), limit, `health check ${component.name}`);
      } catch (error) {
        return { status: 'DOWN', details: { errorCode: healthErrorCode(error) }, cause: error };
      }
    }),
  );
  const shown = components.map((component, i): [string, ShownHealth] => {
    const { status, details, cause } = results[i];
    if (status === 'DOWN') {
      logger.warn(
        { component: component.name, details, ...(cause !== undefined && { err: cause }) },
        'health component DOWN',
      );
    }
    return [component.name, details === undefined ? { status } : { status, details }];
  });
  return {
    status: results.every((result) => result.status === 'UP') ? 'UP' : 'DOWN',
    components: Object.fromEntries(shown),
  };
}
