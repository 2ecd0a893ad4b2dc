import { randomUUID } from 'node:crypto';
import type Koa from 'koa';
import { currentLogContext, withLogContext } from '../logging/log-context';

const REQUEST_ID_HEADER = 'x-request-id';
// A caller-supplied id is reused (to follow a request across services) only if it looks like an id.
const ACCEPTABLE_ID = /^[\w.:-]{1,128}$/;

/**
 * Gives each request an id (the caller's `x-request-id` or a new UUID), echoes it in the response and
 * puts it in the log context. The final context is also kept on `ctx.state.logContext`, so the error
 * log, written outside this middleware, still names the request and the caller.
 */
export function requestContextMiddleware(): Koa.Middleware {
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
