import type Router from '@koa/router';
import Koa from 'koa';
import type { FaultInjector } from '../faults/fault-injector';
import { injectFaults } from '../faults/inject-faults.middleware';
import { recordRequests } from '../requests/record-requests.middleware';
import type { RecordedRequest, RequestLog } from '../requests/request-log';
import type { UpstreamName } from '../upstream-name';
import { errorBody } from './error-body.middleware';
import { readBody } from './request-body';

export interface UpstreamAppDeps {
  requestLog: RequestLog;
  faults: FaultInjector;
  /** Aborted when the sandbox closes, so injected delays do not outlive it. */
  closing: AbortSignal;
  onRequest?: (entry: RecordedRequest) => void;
}

/**
 * One upstream's HTTP app. The order is the point: every request is recorded (outermost) with the status it
 * finally got, faults act before the routes (and before the token check, as a network fault would), and
 * errors take the HMPPS ErrorResponse shape.
 */
export function createUpstreamApp(
  upstream: UpstreamName,
  routers: readonly Router[],
  deps: UpstreamAppDeps,
): Koa {
  const app = new Koa();
  app.use(recordRequests(upstream, deps.requestLog, deps.onRequest));
  app.use(errorBody());
  app.use(readBody());
  app.use(injectFaults(upstream, deps.faults, deps.closing));
  for (const router of routers) {
    app.use(router.routes());
    app.use(router.allowedMethods());
  }
  return app;
}
