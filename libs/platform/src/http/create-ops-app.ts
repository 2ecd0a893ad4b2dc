import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import Koa from 'koa';
import { Histogram, type Registry } from 'prom-client';
import { currentLogContext, withLogContext, type Logger } from '../logging/create-logger';
import { responseFor, type HttpError } from './http-error';
import { createOpsRouter, type OpsRoutesOptions } from './ops-routes';

/** A koa app with the platform's request handling and no routes: the base of public and management apps. */
export function createBaseApp(options: Pick<OpsRoutesOptions, 'registry' | 'logger'>): Koa {
  const app = new Koa();
  logRequestErrors(app, options.logger);
  app.use(errorMiddleware());
  app.use(requestContextMiddleware());
  app.use(httpMetricsMiddleware(options.registry));
  return app;
}

/** The koa app every service starts from: the base app and the ops routes. */
export function createOpsApp(options: OpsRoutesOptions): Koa {
  const app = createBaseApp(options);
  const router = createOpsRouter(options);
  app.use(router.routes()).use(router.allowedMethods());
  return app;
}

/**
 * Renders any thrown error as `{ status, userMessage, errorCode? }` (see `responseFor`): business outcomes
 * keep their message; faults get a generic body and go to `app.on('error')`, the one place they are logged.
 */
function errorMiddleware(): Koa.Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      const { status, exposed } = responseFor(error);
      const { message, code, headers } = (error ?? {}) as Partial<HttpError>;
      if (headers) ctx.set(headers);
      ctx.status = status;
      ctx.body = {
        status,
        userMessage: exposed && message ? message : (STATUS_CODES[status] ?? 'Error'),
        ...(exposed && typeof code === 'string' ? { errorCode: code } : {}),
      };
      if (!exposed) ctx.app.emit('error', error, ctx);
    }
  };
}

/** Logs each unexposed request error once, with the request's log context (request id, caller). */
function logRequestErrors(app: Koa, logger: Logger): void {
  app.on('error', (error: unknown, ctx?: Koa.Context) => {
    logger.error(
      { ...ctx?.state?.logContext, err: error, method: ctx?.method, route: ctx ? routeOf(ctx) : undefined },
      'request failed',
    );
  });
}

const REQUEST_ID_HEADER = 'x-request-id';
// A caller-supplied id is reused (to follow a request across services) only if it looks like an id.
const ACCEPTABLE_ID = /^[\w.:-]{1,128}$/;

/**
 * Gives each request an id (the caller's `x-request-id` or a new UUID), echoed in the response and put in the
 * log context, which is kept on `ctx.state.logContext` for the error log, written outside.
 */
function requestContextMiddleware(): Koa.Middleware {
  return (ctx, next) => {
    const offered = ctx.get(REQUEST_ID_HEADER);
    const requestId = ACCEPTABLE_ID.test(offered) ? offered : randomUUID();
    ctx.set(REQUEST_ID_HEADER, requestId);
    return withLogContext({ requestId }, async () => {
      try {
        await next();
      } finally {
        ctx.state.logContext = currentLogContext();
      }
    });
  };
}

const METRIC = 'http_request_duration_seconds';

/**
 * The route template that matched (`/queue-admin/retry-dlq/:dlqName`; @koa/router's, not in koa's types),
 * never the raw path, whose ids would give metrics unbounded label values.
 */
function routeOf(ctx: Koa.Context): string {
  const matched = (ctx as Koa.Context & { _matchedRoute?: string | RegExp })._matchedRoute;
  return matched === undefined ? 'unmatched' : String(matched);
}

/** A thrown error is recorded with the status it will be rendered with. */
function httpMetricsMiddleware(registry: Registry): Koa.Middleware {
  const histogram =
    (registry.getSingleMetric(METRIC) as Histogram<'method' | 'route' | 'status'> | undefined) ??
    new Histogram({
      name: METRIC,
      help: 'Duration of HTTP requests, by method, matched route template and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });

  return async (ctx, next) => {
    const stopTimer = histogram.startTimer();
    let status = 500;
    try {
      await next();
      status = ctx.status;
    } catch (error) {
      status = responseFor(error).status;
      throw error;
    } finally {
      stopTimer({ method: ctx.method, route: routeOf(ctx), status: String(status) });
    }
  };
}
