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
    const wait = (ms: number) => delay(Math.max(0, ms), undefined, { signal: closing });
    if (fault.reset === true) {
      await wait(fault.delayMs ?? 0);
      ctx.state.connectionReset = true;
      ctx.respond = false;
      ctx.req.socket.resetAndDestroy();
      return;
    }
    if (fault.status !== undefined) {
      await wait(fault.delayMs ?? 0);
      throw new HttpProblem(fault.status, 'Fault injected by the sandbox', `${fault.upstream} ${fault.path}`);
    }
    // Latency alone: like a real upstream, the sandbox does its work within the delay, and answers once the
    // delay has passed since the call arrived, so its own processing time is not added on top.
    const answerAt = performance.now() + (fault.delayMs ?? 0);
    try {
      await next();
    } finally {
      await wait(answerAt - performance.now());
    }
  };
}
