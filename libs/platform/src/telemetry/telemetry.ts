/** Values a telemetry event may carry (Application Insights custom dimensions are flat). */
export type TelemetryProperties = Readonly<Record<string, string | number | boolean | undefined>>;

/** Business telemetry (`P2POffenderNoMatch`, ...) that analysts and alerts count. */
export interface Telemetry {
  trackEvent(name: string, properties?: TelemetryProperties): void;
  /** For shutdown: sends what is still batched. */
  close(): Promise<void>;
}
