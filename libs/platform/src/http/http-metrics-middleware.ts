import type Koa from 'koa';
import { Histogram, type Registry } from 'prom-client';
import { responseFor } from './http-error';
import { routeOf } from './route-of';

const METRIC = 'http_request_duration_seconds';

/**
 * Times every request into `http_request_duration_seconds{method, route, status}`, with `route` the
 * matched template. Works whether the error middleware is outside it or not: a thrown error is recorded
 * with the status it will be rendered with.
 */
export function httpMetricsMiddleware(registry: Registry): Koa.Middleware {
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
