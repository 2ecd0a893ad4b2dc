import { STATUS_CODES } from 'node:http';
import type Koa from 'koa';
import type { Logger } from '../logging/create-logger';
import { routeOf } from './route-of';
import { responseFor } from './http-error';

/** The body of every error response. */
export interface ErrorBody {
  status: number;
  userMessage: string;
  errorCode?: string;
}

/**
 * Register FIRST. Renders any thrown error as JSON (see `responseFor`): business outcomes (exposed 4xx,
 * thrown with `ctx.throw` or `HttpError`) keep their message; faults get a generic body and are handed to
 * `app.on('error')`, the one place they are logged (`logRequestErrors`).
 */
export function errorMiddleware(): Koa.Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      const { status, exposed } = responseFor(error);
      const { message, code, headers } = (error ?? {}) as {
        message?: string;
        code?: unknown;
        headers?: Record<string, string>;
      };
      if (headers) ctx.set(headers);
      ctx.status = status;
      ctx.body = {
        status,
        userMessage: exposed && message ? message : (STATUS_CODES[status] ?? 'Error'),
        ...(exposed && typeof code === 'string' ? { errorCode: code } : {}),
      } satisfies ErrorBody;
      if (!exposed) ctx.app.emit('error', error, ctx);
    }
  };
}

/** Logs each unexposed request error once, with the request's log context (request id, caller). */
export function logRequestErrors(app: Koa, logger: Logger): void {
  app.on('error', (error: unknown, ctx?: Koa.Context) => {
    logger.error(
      { ...ctx?.state?.logContext, err: error, method: ctx?.method, route: ctx ? routeOf(ctx) : undefined },
      'request failed',
    );
  });
}
