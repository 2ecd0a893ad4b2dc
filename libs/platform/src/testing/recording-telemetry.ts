import type { Telemetry, TelemetryProperties } from '../telemetry/create-telemetry';

export interface RecordedTelemetryEvent {
  name: string;
  properties: TelemetryProperties;
}

/** A `Telemetry` that keeps the events, for tests asserting what analysts will see. */
export class RecordingTelemetry implements Telemetry {
  readonly events: RecordedTelemetryEvent[] = [];

  trackEvent(name: string, properties: TelemetryProperties = {}): void {
    this.events.push({ name, properties });
  }

  async close(): Promise<void> {
    // Nothing is held back.
  }
}
