import type Koa from 'koa';
import { createOpsApp, type AppInfo, type HealthComponent, type Logger } from '@ptpu/platform';
import type { Registry } from 'prom-client';
import { adminRouter, type AdminDeps } from './admin/admin.routes';

export interface AppDeps {
  info: AppInfo;
  health: readonly HealthComponent[];
  registry: Registry;
  logger: Logger;
  admin: AdminDeps;
}

/** The retrier's HTTP surface: the platform's ops routes plus its admin endpoints. Never listens itself. */
export function createApp(deps: AppDeps): Koa {
  const app = createOpsApp({
    info: deps.info,
    health: deps.health,
    registry: deps.registry,
    logger: deps.logger,
  });
  const admin = adminRouter(deps.admin);
  app.use(admin.routes());
  app.use(admin.allowedMethods());
  return app;
}
