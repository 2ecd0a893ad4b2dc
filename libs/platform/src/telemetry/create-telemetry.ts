import { hostname } from 'node:os';
import type { TelemetryClient } from 'applicationinsights';
import type { Logger } from '../logging/create-logger';

/** Values a telemetry event may carry (Application Insights custom dimensions are flat). */
export type TelemetryProperties = Readonly<Record<string, string | number | boolean | undefined>>;

/** Business telemetry (`P2POffenderNoMatch`, ...) that analysts and alerts count. */
export interface Telemetry {
  trackEvent(name: string, properties?: TelemetryProperties): void;
  /** For shutdown: sends what is still batched. */
  close(): Promise<void>;
}

/** Always the log, a line `{ telemetryEvent: name, ...properties }` per event; App Insights when set. */
export async function createTelemetry({
  logger,
  connectionString,
  roleName,
}: {
  logger: Logger;
  /** `APPLICATIONINSIGHTS_CONNECTION_STRING`; unset means the log is the only destination. */
  connectionString?: string;
  /** The app as Application Insights names it (`cloud_RoleName`), e.g. `ptpu-processor`. */
  roleName: string;
}): Promise<Telemetry> {
  const log: Telemetry = {
    trackEvent: (name, properties = {}) => logger.info({ ...properties, telemetryEvent: name }, name),
    // Each line is written as the event happens: nothing is held back.
    close: async () => undefined,
  };
  if (!connectionString) {
    logger.info('telemetry events go to the log only (APPLICATIONINSIGHTS_CONNECTION_STRING is unset)');
    return log;
  }
  logger.info({ roleName }, 'telemetry events go to the log and to Application Insights');
  const client = await connectAppInsights(connectionString, roleName);
  return {
    trackEvent(name, properties = {}) {
      log.trackEvent(name, properties);
      // Custom dimensions are strings; absent values are left out rather than sent as "undefined".
      const dimensions = Object.entries(properties).filter(([, value]) => value !== undefined);
      client.trackEvent({
        name,
        properties: Object.fromEntries(dimensions.map(([key, value]) => [key, String(value)])),
      });
    },
    async close() {
      await client.flush();
      await client.shutdown();
    },
  };
}

/**
 * The SDK, loaded only when it is wanted: it takes a second or more to load and tens of MB, which the apps
 * without a connection string (local runs, tests) should not pay. It sends what is tracked and nothing else
 * (no http patching, no request, dependency or performance collection): Prometheus and the log cover those.
 */
async function connectAppInsights(connectionString: string, roleName: string): Promise<TelemetryClient> {
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
  return client;
}
