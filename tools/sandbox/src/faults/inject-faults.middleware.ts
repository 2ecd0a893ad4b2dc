import { setTimeout as delay } from 'node:timers/promises';
import type { Context, Middleware } from 'koa';
import { HttpProblem } from '../http/http-problem';
import type { UpstreamName } from '../upstream-name';
import type { FaultInjector, TakenFault } from './fault-injector';

/** What the request log records of the fault that decided a call (`ctx.state.fault`). */
export interface FaultOutcome {
  id: string;
  /** The route handled the call and answered 2xx: a write changed the world, whatever the caller was told. */
  applied: boolean;
}

/** A held call waiting for a `landAfter` answer that never comes lands after this long all the same. */
const LAND_AFTER_AT_MOST_MS = 60_000;

/** Applies the fault (if any) for this call before the upstream's routes see it. */
export function injectFaults(
  upstream: UpstreamName,
  faults: FaultInjector,
  closing: AbortSignal,
): Middleware {
  return async (ctx, next) => {
    const fault = faults.take(upstream, ctx.method, ctx.path);
    if (fault === undefined) {
      try {
        return await next();
      } finally {
        // A 404 or 409 is thrown to the error handler, and is an answer all the same.
        faults.answered(upstream, ctx.path);
      }
    }
    const wait = (ms: number) => delay(Math.max(0, ms), undefined, { signal: closing });
    const outcome: FaultOutcome = { id: fault.id, applied: false };
    ctx.state.fault = outcome;
    if (fault.holdMs !== undefined) {
      // Whether or not the caller is still there: a request in flight reaches Delius all the same.
      await wait(fault.holdMs);
      if (fault.landAfter !== undefined) {
        await Promise.race([faults.nextAnswer(upstream, fault.landAfter), wait(LAND_AFTER_AT_MOST_MS)]);
      }
      await next();
      outcome.applied = succeeded(ctx);
      return;
    }
    if (fault.afterApply === true) {
      const answerAt = performance.now() + (fault.delayMs ?? 0);
      try {
        await next();
        outcome.applied = succeeded(ctx);
      } catch {
        // The route refused the call, so nothing was applied; the caller still gets the fault's answer.
      }
      await wait(answerAt - performance.now());
      return answerInstead(ctx, fault);
    }
    if (fault.reset === true || fault.status !== undefined) {
      await wait(fault.delayMs ?? 0);
      return answerInstead(ctx, fault);
    }
    // Latency alone: like a real upstream, the sandbox does its work within the delay, and answers once the
    // delay has passed since the call arrived, so its own processing time is not added on top.
    const answerAt = performance.now() + (fault.delayMs ?? 0);
    try {
      await next();
      outcome.applied = succeeded(ctx);
    } finally {
      await wait(answerAt - performance.now());
    }
  };
}

function answerInstead(ctx: Context, fault: TakenFault): void {
  if (fault.reset === true) {
    ctx.state.connectionReset = true;
    ctx.respond = false;
    ctx.req.socket.resetAndDestroy();
    return;
  }
  throw new HttpProblem(
    fault.status ?? 500,
    'Fault injected by the sandbox',
    `${fault.upstream} ${fault.path}`,
  );
}

function succeeded(ctx: Context): boolean {
  return ctx.status >= 200 && ctx.status < 300;
}
