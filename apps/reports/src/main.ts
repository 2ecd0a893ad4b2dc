import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  appInfo,
  awsClientConfig,
  createJwksHealthComponent,
  createJwtVerifier,
  createMetricsRegistry,
  runMain,
  startHttpServer,
} from '@ptpu/platform';
import { DynamoReportRows, createTables } from '@ptpu/store';
import { createApp } from './app';
import { loadReportsConfig, reportsConfigSchema } from './config';
import { messageTableHealth } from './health/message-table-health';

runMain(
  { name: 'reports', schema: reportsConfigSchema, load: loadReportsConfig },
  async (config, logger, hooks) => {
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
    return { url: server.url };
  },
);
