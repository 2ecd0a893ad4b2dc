import Router from '@koa/router';

/** The unauthenticated liveness endpoints health checks call (`/health/ping`, `/health`). */
export function healthRoutes(prefix = ''): Router {
  const router = new Router({ prefix });
  router.get(['/health/ping', '/health'], (ctx) => {
    ctx.body = { status: 'UP' };
  });
  return router;
}
