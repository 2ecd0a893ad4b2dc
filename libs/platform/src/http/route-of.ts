import type Koa from 'koa';

/**
 * The route TEMPLATE that matched (`/queue-admin/retry-dlq/:dlqName`), never the raw path: raw paths carry
 * ids and would give metrics unbounded label values. `unmatched` when no router claimed the request.
 */
export function routeOf(ctx: Koa.Context): string {
  // @koa/router records the matched layer's path on the context; it is not part of koa's types.
  const matched = (ctx as Koa.Context & { _matchedRoute?: string | RegExp })._matchedRoute;
  return matched === undefined ? 'unmatched' : String(matched);
}
