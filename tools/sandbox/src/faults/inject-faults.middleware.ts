import { setTimeout as delay } from 'node:timers/promises';
import type { Middleware } from 'koa';
import { HttpProblem } from '../http/http-problem';
import type { UpstreamName } from '../upstream-name';
import type { FaultInjector } from './fault-injector';

/** Applies the fault (if any) for this call before the upstream's routes see it. */
export function injectFaults(
  upstream: UpstreamName,
  faults: FaultInjector,
  closing: AbortSignal,
): Middleware {
  return async (ctx, next) => {
    const fault = faults.take(upstream, ctx.method, ctx.path);
    if (fault === undefined) return next();
    if (fault.delayMs !== undefined) await delay(fault.delayMs, undefined, { signal: closing });
    if (fault.reset === true) {
      ctx.state.connectionReset = true;
      ctx.respond = false;
      ctx.req.socket.resetAndDestroy();
      return;
    }
    if (fault.status !== undefined) {
      throw new HttpProblem(fault.status, 'Fault injected by the sandbox', `${fault.upstream} ${fault.path}`);
    }
    return next();
  };
}
