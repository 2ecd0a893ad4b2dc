/** The reports app's composition root: reads the environment once, wires the adapters, serves, stops on SIGTERM. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  appInfo,
  awsClientConfig,
  ConfigError,
  createJwksHealthComponent,
  createJwtVerifier,
  createLogger,
  createMetricsRegistry,
  warnUnreadVariables,
  onShutdown,
  startHttpServer,
  summariseConfig,
  type ShutdownHook,
} from '@ptpu/platform';
import { DynamoReportRows, createTables } from '@ptpu/store';
import { createApp } from './app';
import { loadReportsConfig, reportsConfigSchema } from './config';
import { messageTableHealth } from './health/message-table-health';

async function main(): Promise<void> {
  const config = loadReportsConfig(process.env);
  const logger = createLogger({ name: 'reports', level: config.LOG_LEVEL });
  warnUnreadVariables(logger, reportsConfigSchema, process.env);
  const hooks: ShutdownHook[] = [];
  onShutdown(hooks, logger);
  logger.info({ config: summariseConfig(reportsConfigSchema, config) }, 'reports starting');

  const dynamodb = new DynamoDBClient(awsClientConfig(config, 'DYNAMODB'));
  hooks.push({ name: 'dynamodb client', run: () => dynamodb.destroy() });
  const messageTable = config.DYNAMODB_TABLENAME;
  if (config.PROVISION_LOCAL_RESOURCES) {
    await createTables(dynamodb, { messageTable, scheduleTable: config.DYNAMODB_SCHEDULE_TABLENAME });
  }
  const oauthEndpointUrl = config.OAUTH_ENDPOINT_URL;
  const app = createApp({
    info: appInfo('reports', config),
    health: [messageTableHealth(dynamodb, messageTable), createJwksHealthComponent({ oauthEndpointUrl })],
    registry: createMetricsRegistry(),
    logger,
    verifier: createJwtVerifier({ oauthEndpointUrl, issuer: config.OAUTH_ISSUER, logger }),
    reportRows: new DynamoReportRows({ client: dynamodb, messageTable }),
    clock: { now: () => new Date() },
  });
  const server = await startHttpServer(app, config.PORT, logger);
  hooks.push({ name: 'http server', run: () => server.close() });
  logger.info({ url: server.url }, 'reports started');
}

main().catch((error: unknown) => {
  // Before the logger exists (bad config) or while starting: say why on stderr and stop.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
