import { Router } from '@koa/router';
import type Koa from 'koa';
import { collectDefaultMetrics, Registry } from 'prom-client';
import type { Logger } from '../logging/create-logger';
import { checkHealth, type HealthComponent, type HealthReport } from './health';

/** Each app's (and test's) own registry, with Node's default metrics: nothing in prom-client's global one. */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}

export interface AppInfo {
  name: string;
  version: string;
  buildNumber?: string;
  gitRef?: string;
  gitBranch?: string;
  productId?: string;
}

/** The build number is the version the pipeline stamps; a local run has none. */
export function appInfo(
  name: string,
  build: { BUILD_NUMBER?: string; GIT_REF?: string; GIT_BRANCH?: string; PRODUCT_ID?: string },
): AppInfo {
  return {
    name,
    version: build.BUILD_NUMBER ?? 'dev',
    buildNumber: build.BUILD_NUMBER,
    gitRef: build.GIT_REF,
    gitBranch: build.GIT_BRANCH,
    productId: build.PRODUCT_ID,
  };
}

/**
 * The /info body. The top-level name, version, buildNumber and gitRef are this service's own; `build`, `git`,
 * `productId` and `uptime` (seconds) are the shape HMPPS tooling (the health monitor, the developer portal)
 * reads from every service.
 */
function infoBody(info: AppInfo, uptime: number) {
  const { name, version } = info;
  const buildNumber = info.buildNumber ?? null;
  const gitRef = info.gitRef ?? null;
  const build = { artifact: `ptpu-${name}`, name: `ptpu-${name}`, version, buildNumber, gitRef };
  const git = { branch: info.gitBranch ?? null, commit: { id: gitRef } };
  return { name, version, buildNumber, gitRef, build, git, productId: info.productId ?? null, uptime };
}

export interface OpsRoutesOptions {
  info: AppInfo;
  health: readonly HealthComponent[];
  registry: Registry;
  /** Where unexposed request errors, and each DOWN component's full error, are logged (never in a body). */
  logger: Logger;
}

export function createOpsRouter({ info, health, registry, logger }: OpsRoutesOptions): Router {
  const readiness = health.filter((component) => component.readiness);
  // Spring's `healthInfo`, which the original showed and HMPPS tooling reads the version from.
  const healthInfo: HealthComponent = {
    name: 'healthInfo',
    readiness: false,
    check: async () => ({ status: 'UP', details: { version: info.version } }),
  };
  const everything = [...health, healthInfo];
  const router = new Router();

  router.get('/health', async (ctx) => respondWithHealth(ctx, await checkHealth(everything, logger)));
  router.get('/health/readiness', async (ctx) =>
    respondWithHealth(ctx, await checkHealth(readiness, logger)),
  );
  // Liveness asks only "is the process serving requests?": a dependency outage must not restart pods.
  router.get('/health/liveness', (ctx) => (ctx.body = { status: 'UP' }));
  router.get('/health/ping', (ctx) => (ctx.body = { status: 'UP' }));
  router.get('/info', (ctx) => (ctx.body = infoBody(info, Math.floor(process.uptime()))));
  router.get('/prometheus', async (ctx) => {
    ctx.type = registry.contentType;
    ctx.body = await registry.metrics();
  });
  return router;
}

function respondWithHealth(ctx: Koa.Context, report: HealthReport): void {
  ctx.set('Cache-Control', 'no-store');
  ctx.status = report.status === 'UP' ? 200 : 503;
  ctx.body = report;
}
