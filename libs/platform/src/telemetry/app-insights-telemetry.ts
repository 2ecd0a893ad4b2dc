import { hostname } from 'node:os';
import type { Telemetry, TelemetryProperties } from './telemetry';

/** The part of the `applicationinsights` TelemetryClient used here. */
interface AppInsightsClient {
  trackEvent(event: { name: string; properties: Record<string, string> }): void;
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

/**
 * Business telemetry to Application Insights as custom events (name and properties as the original sent
 * them), each also logged by `alsoTo`. The client sends what is tracked and nothing else (no http patching,
 * no request, dependency or performance collection): Prometheus and the log cover those.
 */
export class AppInsightsTelemetry implements Telemetry {
  private constructor(
    private readonly client: AppInsightsClient,
    private readonly alsoTo: Telemetry,
  ) {}

  /**
   * Loads the SDK only when it is wanted: it takes a second or more to load and tens of MB, which the apps
   * without a connection string (local runs, tests) should not pay. `roleName` becomes `cloud_RoleName`.
   */
  static async connect(
    connectionString: string,
    roleName: string,
    alsoTo: Telemetry,
  ): Promise<AppInsightsTelemetry> {
    // The SDK's own usage reports (statsbeat) would go to a Microsoft endpoint of its choosing: send only ours.
    process.env.APPLICATION_INSIGHTS_NO_STATSBEAT ??= 'true';
    const [{ TelemetryClient }, { resourceFromAttributes }] = await Promise.all([
      import('applicationinsights'),
      import('@opentelemetry/resources'),
    ]);
    const client = new TelemetryClient(connectionString, { useGlobalProviders: false });
    client.config.azureMonitorOpenTelemetryOptions = {
      resource: resourceFromAttributes({ 'service.name': roleName, 'service.instance.id': hostname() }),
    };
    return new AppInsightsTelemetry(client, alsoTo);
  }

  trackEvent(name: string, properties: TelemetryProperties = {}): void {
    this.alsoTo.trackEvent(name, properties);
    this.client.trackEvent({ name, properties: customDimensions(properties) });
  }

  async close(): Promise<void> {
    await this.client.flush();
    await this.client.shutdown();
  }
}

/** Custom dimensions are strings; absent values are left out rather than sent as "undefined". */
function customDimensions(properties: TelemetryProperties): Record<string, string> {
  return Object.fromEntries(
    Object.entries(properties)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  );
}
