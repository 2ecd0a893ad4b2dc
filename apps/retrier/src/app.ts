import type Koa from 'koa';
import { createOpsApp, type AppInfo, type HealthComponent, type Logger } from '@ptpu/platform';
import type { Registry } from 'prom-client';
import { queueAdminRouter, type QueueAdminDeps } from '@ptpu/queues';
import { adminRouter, type AdminDeps } from './admin/admin.routes';

export interface AppDeps {
  info: AppInfo;
  health: readonly HealthComponent[];
  registry: Registry;
  logger: Logger;
  admin: AdminDeps;
  /** hmpps-sqs's queue-admin for the probation event queue. */
  queueAdmin: QueueAdminDeps;
}

/** The retrier's HTTP surface: the platform's ops routes, its admin endpoints and queue-admin. Never listens itself. */
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
  const queueAdmin = queueAdminRouter(deps.queueAdmin);
  app.use(queueAdmin.routes());
  app.use(queueAdmin.allowedMethods());
  return app;
}
