/** Where the domain's business telemetry goes; the app decides whether to log it, send it or both. */
export interface TelemetrySink {
  trackEvent(name: string, properties: Readonly<Record<string, string | undefined>>): void;
}
