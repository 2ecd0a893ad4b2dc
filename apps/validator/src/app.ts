import type Koa from 'koa';
import { createBaseApp, createOpsApp, type AppInfo, type HealthComponent } from '@ptpu/platform';
import type { Registry } from 'prom-client';
import { housekeepingRouter, queueAdminRouter, type QueueAdminDeps } from '@ptpu/queues';

export interface AppDeps extends QueueAdminDeps {
  info: AppInfo;
  health: readonly HealthComponent[];
  registry: Registry;
}

/** The validator's HTTP surface: the platform's ops routes plus queue-admin. Never listens itself. */
export function createApp(deps: AppDeps): Koa {
  const app = createOpsApp({
    info: deps.info,
    health: deps.health,
    registry: deps.registry,
    logger: deps.logger,
  });
  const queueAdmin = queueAdminRouter(deps);
  app.use(queueAdmin.routes());
  app.use(queueAdmin.allowedMethods());
  return app;
}

/** The validator's management port: the unauthenticated housekeeping redrive, for callers inside the cluster. */
export function createManagementApp(deps: AppDeps): Koa {
  const app = createBaseApp(deps);
  const housekeeping = housekeepingRouter(deps);
  app.use(housekeeping.routes());
  app.use(housekeeping.allowedMethods());
  return app;
}
