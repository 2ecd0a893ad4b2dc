import type { Outcome } from '../message/outcome';
import type { TelemetryEvent } from '../telemetry/telemetry-event-properties';

/**
 * How a row's handler ended, and the one telemetry event that says so (each step ends
 * with exactly one event). The event is held back rather than emitted by the handler, because in dry run a
 * handler that reached a Delius write ends `DRY_RUN` instead, and must not be counted as a real update.
 */
export interface HandlerResult {
  outcome: Outcome;
  finalEvent?: TelemetryEvent;
}
