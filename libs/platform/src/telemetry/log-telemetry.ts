import type { Logger } from '../logging/create-logger';
import type { Telemetry, TelemetryProperties } from './telemetry';

/** Writes each event as one log line `{ telemetryEvent: name, ...properties }`, queryable in the log store. */
export class LogTelemetry implements Telemetry {
  constructor(private readonly logger: Logger) {}

  trackEvent(name: string, properties: TelemetryProperties = {}): void {
    this.logger.info({ ...properties, telemetryEvent: name }, name);
  }

  async close(): Promise<void> {
    // Each line is written as the event happens: nothing is held back.
  }
}
