/**
 * Where the domain's business telemetry (`P2POffenderMatch`, ...) goes. The domain never logs; the app decides
 * whether an event becomes a log line, an Application Insights event or both. libs/platform's `Telemetry`
 * satisfies this port as it is.
 */
export interface TelemetrySink {
  trackEvent(name: string, properties: Readonly<Record<string, string | undefined>>): void;
}
