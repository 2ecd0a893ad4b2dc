import { Router } from '@koa/router';
import type { RetryTier } from '@ptpu/domain';
import { HttpError, requireRole, type BackgroundJobs, type TokenVerifier } from '@ptpu/platform';
import { QUEUE_ADMIN_ROLE } from '@ptpu/queues';
import type Koa from 'koa';
import type { ReprocessMode, ReprocessResult } from '../bookings/reprocess-booking';
import { summariseTierRun } from '../tiers/run-tier';
import { tierLabel, tierOfLabel } from '../tiers/tier-label';
import type { TierRunOutcome, TierTrigger } from '../tiers/tier-runner';
import { lookUpRows, rowsQueryOf, type KeptRows } from '../lookup/rows-lookup';
import { rematchItem, rematchRequestOf, type RematchDeps } from '../rematch/rematch';
import { reprocessModeParameter } from './query-parameters';

export interface AdminDeps {
  runTier(tier: RetryTier, trigger: TierTrigger): Promise<TierRunOutcome>;
  /** `mode` undefined: the service's own (`PRISONTOPROBATION_DRY_RUN`). */
  reprocessBooking(bookingId: number, mode: ReprocessMode | undefined): Promise<ReprocessResult>;
  rows: KeptRows;
  nomsNumberOfCase: RematchDeps['nomsNumberOfCase'];
  jobs: BackgroundJobs;
  verifier: TokenVerifier;
}

/**
 * The retrier's operator endpoints (docs/architecture.md, HTTP surface), for the operators who look after the
 * queues. The role is checked before anything else, so callers without it learn nothing.
 */
export function adminRouter(deps: AdminDeps): Router {
  const router = new Router({ prefix: '/admin' });
  const asAdmin = requireRole(QUEUE_ADMIN_ROLE, deps.verifier);

  router.post('/retry-tier/:tier', asAdmin, async (ctx) => {
    const tier = tierOfLabel(ctx.params.tier);
    if (!tier) throw new HttpError(404, `No retry tier "${ctx.params.tier}": use short, medium or long`);
    answerTierRun(ctx, await deps.runTier(tier, 'operator'));
  });

  router.post('/reprocess-booking/:bookingId', asAdmin, async (ctx) => {
    // Digits only, and no larger than a double holds exactly: a longer id would be rounded to another booking.
    const bookingId = /^[1-9]\d{0,15}$/.test(ctx.params.bookingId) ? Number(ctx.params.bookingId) : undefined;
    if (!bookingId || !Number.isSafeInteger(bookingId))
      throw new HttpError(400, `"${ctx.params.bookingId}" is not a booking id`);
    const mode = reprocessModeParameter(ctx.query);
    answerReprocess(ctx, await deps.reprocessBooking(bookingId, mode));
  });

  // "Why is this prisoner not linked?": every row kept for a booking or a prisoner, read only.
  router.get('/rows', asAdmin, async (ctx) => {
    const query = rowsQueryOf(ctx.query);
    ctx.body = { ...query, rows: await lookUpRows(deps.rows, query) };
  });

  // A bulk re-match runs in the background, one prisoner at a time; the answer says where to poll.
  router.post('/rematch', asAdmin, (ctx) => {
    const { items, mode } = rematchRequestOf(ctx.query);
    const job = deps.jobs.start(
      'rematch',
      items,
      (item) => ('crn' in item ? item.crn : item.nomsNumber),
      (item) => rematchItem(item, mode, deps),
    );
    ctx.status = 202;
    ctx.body = { job: job.id, mode, total: job.total, poll: `/admin/jobs/${job.id}` };
  });

  router.get('/jobs/:id', asAdmin, (ctx) => {
    const job = deps.jobs.get(ctx.params.id);
    if (!job)
      throw new HttpError(404, `No job ${ctx.params.id} in this pod: a job lives in the pod that started it`);
    ctx.body = job;
  });

  return router;
}

function answerTierRun(ctx: Koa.Context, outcome: TierRunOutcome): void {
  const tier = tierLabel(outcome.tier);
  switch (outcome.result) {
    case 'completed':
      ctx.body = {
        tier,
        result: outcome.result,
        ...summariseTierRun(outcome.value),
        details: outcome.value.bookings,
      };
      return;
    case 'already-running':
      throw new HttpError(409, `The ${tier} tier is already running in this pod; its result is in the log`, {
        code: 'RETRIER.TIER_ALREADY_RUNNING',
      });
    case 'stopping':
      throw new HttpError(503, `The retrier is stopping: the ${tier} tier was not started`, {
        code: 'RETRIER.STOPPING',
      });
    case 'locked-elsewhere':
      throw new HttpError(409, `The ${tier} tier is being run by another pod`, {
        code: 'RETRIER.TIER_LOCKED',
      });
    case 'failed':
      // Already logged with its cause by the tier runner; the operator gets the code to search for.
      ctx.status = 503;
      ctx.body = {
        status: 503,
        userMessage: `The ${tier} tier run failed: see the log`,
        errorCode: outcome.errorCode,
      };
  }
}

function answerReprocess(ctx: Koa.Context, result: ReprocessResult): void {
  switch (result.result) {
    case 'worked':
      ctx.body = result;
      return;
    case 'claimed-elsewhere':
      throw new HttpError(
        409,
        `Booking ${result.bookingId} is being worked by another worker: try again shortly`,
        { code: 'RETRIER.BOOKING_CLAIMED' },
      );
    case 'stopped':
      ctx.status = 503;
      ctx.body = {
        status: 503,
        userMessage: `Work on booking ${result.bookingId} stopped part-way: see the log; its unfinished rows stay pending`,
        errorCode: result.errorCode,
        mode: result.mode,
        reopenedDryRunRows: result.reopenedDryRunRows,
      };
  }
}
