/** Values a telemetry event may carry (Application Insights custom dimensions are flat). */
export type TelemetryProperties = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * Business telemetry (`P2POffenderNoMatch`, ...) that analysts and alerts count. The seam where an
 * Application Insights sender would plug in; today every event goes to the structured log.
 */
export interface Telemetry {
  trackEvent(name: string, properties?: TelemetryProperties): void;
}
