import Router from '@koa/router';
import { requireRole } from '../../auth/require-role.middleware';
import { notFound } from '../../http/http-problem';
import { parseInput } from '../../http/parse-input';
import { jsonBody } from '../../http/request-body';
import { booleanParam } from '../../http/route-params';
import { idsOf } from '../../state/delius-records';
import type { UpstreamDeps } from '../upstream-deps';
import {
  replaceCustodyKeyDatesSchema,
  updateCustodyBookingNumberSchema,
  updateCustodySchema,
  updateOffenderNomsNumberSchema,
} from './community-requests';
import { convictionView, custodyView, offenderDetailView } from './community-views';
import { type CustodialEvent, DeliusWrites } from './delius-writes';

const READ = ['ROLE_COMMUNITY'];
const CUSTODY_UPDATE = ['ROLE_COMMUNITY_CUSTODY_UPDATE'];

/** The community-api operations the service calls (libs/clients/openapi/community-api.yaml), over Delius state. */
export function communityApiRoutes({ world, issuer, clock }: UpstreamDeps): Router {
  const router = new Router({ prefix: '/secure/offenders' });
  const writes = () => new DeliusWrites(world(), clock.now());
  const custody = ({ conviction, custody: record }: CustodialEvent) =>
    custodyView(world(), conviction, record);

  router.get('/crn/:crn/convictions', requireRole(issuer, READ), (ctx) => {
    const deliusCase = world().deliusCase(ctx.params.crn);
    if (deliusCase === undefined) throw notFound(`Offender with crn ${ctx.params.crn} not found`);
    const activeOnly = booleanParam(ctx.query.activeOnly, false);
    ctx.body = world()
      .recordedConvictions(deliusCase, clock.now())
      .filter((conviction) => !activeOnly || conviction.active)
      .map((conviction) => convictionView(world(), conviction));
  });

  router.get('/nomsNumber/:nomsNumber/all', requireRole(issuer, READ), (ctx) => {
    const failOnDuplicate = booleanParam(ctx.query.failOnDuplicate, false);
    const holder = writes().holderOfNomsNumber(ctx.params.nomsNumber, failOnDuplicate);
    ctx.body = offenderDetailView(holder, clock.now());
  });

  router.get('/crn/:crn/all', requireRole(issuer, READ), (ctx) => {
    const deliusCase = world().deliusCase(ctx.params.crn);
    if (deliusCase === undefined || deliusCase.softDeleted)
      throw notFound(`Offender with crn ${ctx.params.crn} not found`);
    ctx.body = offenderDetailView(deliusCase, clock.now());
  });

  router.put('/crn/:crn/nomsNumber', requireRole(issuer, CUSTODY_UPDATE), (ctx) => {
    const { nomsNumber } = parseInput(updateOffenderNomsNumberSchema, jsonBody(ctx));
    ctx.body = idsOf(writes().setNomsNumber(ctx.params.crn, nomsNumber));
  });

  router.put('/nomsNumber/:originalNomsNumber/nomsNumber', requireRole(issuer, CUSTODY_UPDATE), (ctx) => {
    const { nomsNumber } = parseInput(updateOffenderNomsNumberSchema, jsonBody(ctx));
    ctx.body = writes().replaceNomsNumber(ctx.params.originalNomsNumber, nomsNumber).map(idsOf);
  });

  router.put('/nomsNumber/:nomsNumber/custody/bookingNumber', requireRole(issuer, CUSTODY_UPDATE), (ctx) => {
    const { bookingNumber, sentenceStartDate } = parseInput(updateCustodyBookingNumberSchema, jsonBody(ctx));
    ctx.body = custody(writes().setBookNumber(ctx.params.nomsNumber, bookingNumber, sentenceStartDate));
  });

  router.get(
    '/nomsNumber/:nomsNumber/custody/bookingNumber/:bookingNumber',
    requireRole(issuer, READ),
    (ctx) => {
      ctx.body = custody(writes().custodyWithBookNumber(ctx.params.nomsNumber, ctx.params.bookingNumber));
    },
  );

  router.put(
    '/nomsNumber/:nomsNumber/custody/bookingNumber/:bookingNumber',
    requireRole(issuer, CUSTODY_UPDATE),
    (ctx) => {
      const { nomsPrisonInstitutionCode } = parseInput(updateCustodySchema, jsonBody(ctx));
      const { nomsNumber, bookingNumber } = ctx.params;
      ctx.body = custody(writes().setLocation(nomsNumber, bookingNumber, nomsPrisonInstitutionCode));
    },
  );

  router.post(
    '/nomsNumber/:nomsNumber/bookingNumber/:bookingNumber/custody/keyDates',
    requireRole(issuer, CUSTODY_UPDATE),
    (ctx) => {
      const dates = parseInput(replaceCustodyKeyDatesSchema, jsonBody(ctx));
      ctx.body = custody(writes().replaceKeyDates(ctx.params.nomsNumber, ctx.params.bookingNumber, dates));
    },
  );

  return router;
}
