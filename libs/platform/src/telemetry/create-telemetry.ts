import type { Logger } from '../logging/create-logger';
import { LogTelemetry } from './log-telemetry';
import type { Telemetry } from './telemetry';

export interface TelemetryOptions {
  logger: Logger;
  /** `APPLICATIONINSIGHTS_CONNECTION_STRING`; unset means the log is the only destination. */
  connectionString?: string;
}

/**
 * Chooses where telemetry goes. This build has no Application Insights sender (the service cannot reach
 * Azure from where it is built), so a connection string only earns a warning; an App Insights `Telemetry`
 * would be returned from here when one is set.
 */
export function createTelemetry({ logger, connectionString }: TelemetryOptions): Telemetry {
  if (connectionString) {
    logger.warn(
      'APPLICATIONINSIGHTS_CONNECTION_STRING is set, but this build has no Application Insights sender: telemetry events go to the log only',
    );
  } else {
    logger.info('telemetry events go to the log only (APPLICATIONINSIGHTS_CONNECTION_STRING is unset)');
  }
  return new LogTelemetry(logger);
}
