import type { Logger } from '../logging/create-logger';
import { AppInsightsTelemetry } from './app-insights-telemetry';
import type { Telemetry, TelemetryProperties } from './telemetry';

interface TelemetryOptions {
  logger: Logger;
  /** `APPLICATIONINSIGHTS_CONNECTION_STRING`; unset means the log is the only destination. */
  connectionString?: string;
  /** The app as Application Insights names it (`cloud_RoleName`), e.g. `ptpu-processor`. */
  roleName: string;
}

/** Writes each event as one log line `{ telemetryEvent: name, ...properties }`, queryable in the log store. */
class LogTelemetry implements Telemetry {
  constructor(private readonly logger: Logger) {}

  trackEvent(name: string, properties: TelemetryProperties = {}): void {
    this.logger.info({ ...properties, telemetryEvent: name }, name);
  }

  async close(): Promise<void> {
    // Each line is written as the event happens: nothing is held back.
  }
}

/** Always the structured log, and Application Insights too when a connection string is set. */
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
