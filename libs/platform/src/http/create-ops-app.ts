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
 * The koa app every service starts from: error handling (first), request context, request metrics, then
 * the ops routes. Apps add their own routers with `app.use(router.routes())`. Never calls `listen`.
 */
export function createOpsApp(options: OpsAppOptions): Koa {
  const app = new Koa();
  logRequestErrors(app, options.logger);
  app.use(errorMiddleware());
  app.use(requestContextMiddleware());
  app.use(httpMetricsMiddleware(options.registry));
  const router = createOpsRouter(options);
  app.use(router.routes());
  app.use(router.allowedMethods());
  return app;
}
