import type Koa from 'koa';
import type { Registry } from 'prom-client';
import { createOpsApp, type AppInfo, type HealthComponent } from '@ptpu/platform';
import { reportsApiDocument } from './openapi/reports-api-document';
import { apiDocsRouter } from './routes/api-docs.routes';
import { reportsRouter, type ReportsRoutesDeps } from './routes/reports.routes';

export interface ReportsAppDeps extends ReportsRoutesDeps {
  info: AppInfo;
  health: readonly HealthComponent[];
  registry: Registry;
}

/** The reports app: the platform's ops routes, the reports and their API description. Never listens itself. */
export function createApp(deps: ReportsAppDeps): Koa {
  const app = createOpsApp(deps);
  for (const router of [reportsRouter(deps), apiDocsRouter(reportsApiDocument(deps.info.version))]) {
    app.use(router.routes()).use(router.allowedMethods());
  }
  return app;
}
