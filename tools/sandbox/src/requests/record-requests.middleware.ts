import type { Context, Middleware } from 'koa';
import type { FaultOutcome } from '../faults/inject-faults.middleware';
import { rawBody } from '../http/request-body';
import type { UpstreamName } from '../upstream-name';
import type { RecordedRequest, RequestLog } from './request-log';

const MASKED_FIELDS = new Set(['client_secret', 'password']);

/** Outermost in each upstream's chain, so every request is recorded with the status it finally got. */
export function recordRequests(
  upstream: UpstreamName,
  log: RequestLog,
  onRecorded: (entry: RecordedRequest) => void = () => undefined,
): Middleware {
  return async (ctx, next) => {
    const receivedAt = new Date().toISOString();
    try {
      await next();
    } finally {
      const entry: RecordedRequest = {
        upstream,
        method: ctx.method,
        path: ctx.path,
        query: { ...ctx.query } as Record<string, string | string[]>,
        body: recordedBody(ctx),
        status: ctx.state.connectionReset === true ? null : ctx.status,
        receivedAt,
        caller: ctx.get('x-ptpu-caller') || null,
        claim: ctx.get('x-ptpu-claim') || null,
        fault: (ctx.state.fault as FaultOutcome | undefined) ?? null,
      };
      log.record(entry);
      onRecorded(entry);
    }
  };
}

function recordedBody(ctx: Context): unknown {
  const text = rawBody(ctx);
  if (text === '') return undefined;
  if (ctx.is('application/x-www-form-urlencoded')) {
    return Object.fromEntries(
      [...new URLSearchParams(text)].map(([key, value]) => [key, MASKED_FIELDS.has(key) ? '***' : value]),
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
