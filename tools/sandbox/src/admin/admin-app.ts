import Router from '@koa/router';
import Koa, { type Middleware } from 'koa';
import { z } from 'zod';
import type { FaultSpec } from '../faults/fault-spec';
import { InvalidFaultError } from '../faults/invalid-fault.error';
import { HttpProblem } from '../http/http-problem';
import { parseInput } from '../http/parse-input';
import { jsonBody, readBody } from '../http/request-body';
import { UPSTREAMS } from '../upstream-name';
import { SENTENCE_DATE_FIELDS } from '../world/date-fields';
import { movementSchema } from '../world/nomis.schema';
import { isoDate } from '../world/schema-primitives';
import { WorldValidationError } from '../world/world-validation.error';
import type { WorldInput } from '../world/world.schema';
import type { SandboxAdmin } from './sandbox-admin';

export interface AdminAppDeps {
  admin: SandboxAdmin;
  mintToken: (roles: string[], options: { userName?: string; expiresInSeconds?: number }) => Promise<string>;
}

const requestFilterSchema = z.object({
  upstream: z.enum(UPSTREAMS).optional(),
  method: z.string().optional(),
  path: z.string().optional(),
});

const nomsNumberSchema = z.object({ nomsNumber: z.string().trim().min(1, 'must not be blank') });

const sentenceDatesSchema = z.partialRecord(z.enum(SENTENCE_DATE_FIELDS), isoDate.nullable());
const newMovementSchema = movementSchema.omit({ sequence: true });
const bookingIdSchema = z.object({ bookingId: z.coerce.number().int().positive() });

const mintRequestSchema = z.object({
  roles: z.array(z.string().min(1)),
  userName: z.string().min(1).optional(),
  expiresInSeconds: z.int().positive().optional(),
});

/** The admin HTTP surface (its own port, under /admin): a thin mapping onto SandboxAdmin. */
export function createAdminApp({ admin, mintToken }: AdminAppDeps): Koa {
  const router = new Router({ prefix: '/admin' });

  router.put('/world', (ctx) => {
    // Unchecked here on purpose: loadWorld validates and answers every problem at once.
    admin.loadWorld(jsonBody(ctx) as WorldInput);
    ctx.status = 204;
  });

  router.get('/delius/:crn', (ctx) => {
    ctx.body = found(admin.deliusState(ctx.params.crn), `Delius case ${ctx.params.crn}`);
  });

  router.post('/delius/:crn/reveal-convictions', (ctx) => {
    ctx.body = found(admin.revealConvictions(ctx.params.crn), `Delius case ${ctx.params.crn}`);
  });

  // The probation team correcting a link in Delius: set one case's NOMS number, or clear it.
  router.put('/delius/:crn/nomsNumber', (ctx) => {
    const { nomsNumber } = parseInput(nomsNumberSchema, jsonBody(ctx));
    ctx.body = found(admin.setNomsNumber(ctx.params.crn, nomsNumber), `Delius case ${ctx.params.crn}`);
  });

  router.delete('/delius/:crn/nomsNumber', (ctx) => {
    ctx.body = found(admin.setNomsNumber(ctx.params.crn, undefined), `Delius case ${ctx.params.crn}`);
  });

  // NOMIS changing under the service: a recalculated sentence, a prisoner moved.
  router.put('/nomis/bookings/:bookingId/sentence-dates', (ctx) => {
    const { bookingId } = parseInput(bookingIdSchema, ctx.params);
    const dates = parseInput(sentenceDatesSchema, jsonBody(ctx));
    ctx.body = found(admin.changeSentenceDates(bookingId, dates), `NOMIS booking ${bookingId}`);
  });

  router.post('/nomis/bookings/:bookingId/movements', (ctx) => {
    const { bookingId } = parseInput(bookingIdSchema, ctx.params);
    const movement = parseInput(newMovementSchema, jsonBody(ctx));
    ctx.status = 201;
    ctx.body = found(admin.recordMovement(bookingId, movement), `NOMIS booking ${bookingId}`);
  });

  router.get('/requests', (ctx) => {
    ctx.body = admin.requests(parseInput(requestFilterSchema, ctx.query));
  });

  router.post('/requests/take', (ctx) => {
    ctx.body = admin.takeRequests(parseInput(requestFilterSchema, ctx.query));
  });

  router.delete('/requests', (ctx) => {
    admin.clearRequests();
    ctx.status = 204;
  });

  router.get('/faults', (ctx) => {
    ctx.body = admin.faults();
  });

  router.post('/faults', (ctx) => {
    ctx.status = 201;
    ctx.body = { id: admin.addFault(jsonBody(ctx) as FaultSpec) };
  });

  router.delete('/faults/:id', (ctx) => {
    if (!admin.removeFault(ctx.params.id)) throw new HttpProblem(404, `No fault ${ctx.params.id}`);
    ctx.status = 204;
  });

  router.delete('/faults', (ctx) => {
    admin.clearFaults();
    ctx.status = 204;
  });

  router.post('/tokens', async (ctx) => {
    const { roles, ...options } = parseInput(mintRequestSchema, jsonBody(ctx));
    ctx.body = { token: await mintToken(roles, options) };
  });

  const app = new Koa();
  app.use(adminErrors());
  app.use(readBody());
  app.use(router.routes());
  app.use(router.allowedMethods());
  return app;
}

/** A 404 naming what was looked for (`Delius case X142620`) when the admin call found nothing. */
function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new HttpProblem(404, `No ${what}`);
  return value;
}

function adminErrors(): Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      if (error instanceof WorldValidationError || error instanceof InvalidFaultError) {
        ctx.status = 400;
        ctx.body = { error: error.code, message: error.message, issues: error.issues };
      } else if (error instanceof HttpProblem) {
        ctx.status = error.status;
        ctx.body = { error: error.userMessage, message: error.developerMessage };
      } else {
        ctx.status = 500;
        ctx.body = { error: 'Unexpected error', message: (error as Error).message };
      }
    }
  };
}
