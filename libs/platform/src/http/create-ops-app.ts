import Koa from 'koa';
import type { Logger } from '../logging/create-logger';
import { errorMiddleware, logRequestErrors } from './error-middleware';
import { httpMetricsMiddleware } from './http-metrics-middleware';
import { createOpsRouter, type OpsRoutesOptions } from './ops-routes';
import { requestContextMiddleware } from './request-context-middleware';

export interface OpsAppOptions extends OpsRoutesOptions {
  /** Where unexposed request errors, and DOWN health components, are logged. */
  logger: Logger;
}

/**
 * A koa app with the platform's request handling and no routes: error handling (first), request context and
 * request metrics. The base of the public app and of a management app (in-cluster endpoints on a port no
 * ingress routes). Never calls `listen`.
 */
export function createBaseApp(options: Pick<OpsAppOptions, 'registry' | 'logger'>): Koa {
  const app = new Koa();
  logRequestErrors(app, options.logger);
  app.use(errorMiddleware());
  app.use(requestContextMiddleware());
  app.use(httpMetricsMiddleware(options.registry));
  return app;
}

/**
 * The koa app every service starts from: the base app, then the ops routes. Apps add their own routers with
 * `app.use(router.routes())`. Never calls `listen`.
 */
export function createOpsApp(options: OpsAppOptions): Koa {
  const app = createBaseApp(options);
  const router = createOpsRouter(options);
  app.use(router.routes());
  app.use(router.allowedMethods());
  return app;
}
