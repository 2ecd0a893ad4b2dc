import type Koa from 'koa';
import { createOpsApp, type AppInfo, type HealthComponent, type Logger } from '@ptpu/platform';
import type { Registry } from 'prom-client';

export interface AppDeps {
  info: AppInfo;
  health: readonly HealthComponent[];
  registry: Registry;
  logger: Logger;
}

/** The processor's HTTP surface: only the platform's ops routes (docs/architecture.md, HTTP surface). Never listens itself. */
export function createApp(deps: AppDeps): Koa {
  return createOpsApp(deps);
}
