import type { Logger } from '../logging/create-logger';
import { AppInsightsTelemetry } from './app-insights-telemetry';
import { LogTelemetry } from './log-telemetry';
import type { Telemetry } from './telemetry';

export interface TelemetryOptions {
  logger: Logger;
  /** `APPLICATIONINSIGHTS_CONNECTION_STRING`; unset means the log is the only destination. */
  connectionString?: string;
  /** The app as Application Insights names it (`cloud_RoleName`), e.g. `ptpu-processor`. */
  roleName: string;
}

/**
 * Where telemetry goes: always the structured log, and Application Insights as well when a connection string is
 * set. Close it at shutdown, so events still batched in the SDK are sent.
 */
export async function createTelemetry({
  logger,
  connectionString,
  roleName,
}: TelemetryOptions): Promise<Telemetry> {
  const log = new LogTelemetry(logger);
  if (!connectionString) {
    logger.info('telemetry events go to the log only (APPLICATIONINSIGHTS_CONNECTION_STRING is unset)');
    return log;
  }
  logger.info({ roleName }, 'telemetry events go to the log and to Application Insights');
  return AppInsightsTelemetry.connect(connectionString, roleName, log);
}
