import { withTimeLimit } from '../async/with-time-limit';
import type { Logger } from '../logging/create-logger';

type HealthStatus = 'UP' | 'DOWN';

export interface HealthCheckResult {
  status: HealthStatus;
  /** Shown on the public /health endpoint: never secrets or error messages, only facts and codes. */
  details?: Readonly<Record<string, string | number | boolean>>;
  /** Why it is DOWN, for the log only: never shown on /health. */
  cause?: unknown;
}

type ShownHealth = Omit<HealthCheckResult, 'cause'>;

export interface HealthComponent {
  name: string;
  /** True only for the app's own AWS resources: an upstream outage must not take every pod out of service. */
  readiness: boolean;
  /** How long the check may take before it counts as DOWN. Default 2 s. */
  timeoutMs?: number;
  check(): Promise<HealthCheckResult>;
}

export interface HealthReport {
  status: HealthStatus;
  components: Record<string, ShownHealth>;
}

/**
 * Runs the checks in parallel; a check that throws or times out is DOWN with only an error code in
 * `details.errorCode`. Each DOWN component is logged once with the full error, so the body stays free of the
 * account ids, ARNs and URLs that error messages carry.
 */
export async function checkHealth(
  components: readonly HealthComponent[],
  logger: Logger,
): Promise<HealthReport> {
  const results = await Promise.all(
    components.map(async (component): Promise<HealthCheckResult> => {
      try {
        const limit = component.timeoutMs ?? 2_000;
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

/** What a stable error code looks like: `AREA.REASON` (`AWS.THROTTLED`) or a socket code (`ECONNREFUSED`). */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,40}(?:\.[A-Z][A-Z0-9_]{0,40}){0,3}$/;

function codeOf(value: unknown): string | undefined {
  const code = (value as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && ERROR_CODE.test(code) ? code : undefined;
}

/**
 * What /health shows for a check that threw: the error's own code (a `SystemError`'s, the time limit's), else
 * its cause's (the socket error under fetch's `TypeError`), else `HEALTH.TIMEOUT` or `HEALTH.CHECK_FAILED`.
 * Never the message: /health is unauthenticated, and AWS and upstream messages name accounts, ARNs and URLs.
 */
export function healthErrorCode(err: unknown): string {
  const own = codeOf(err) ?? codeOf((err as { cause?: unknown } | null)?.cause);
  if (own) return own;
  const name = (err as { name?: unknown } | null | undefined)?.name;
  return name === 'TimeoutError' || name === 'AbortError' ? 'HEALTH.TIMEOUT' : 'HEALTH.CHECK_FAILED';
}
