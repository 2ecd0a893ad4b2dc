import Router from '@koa/router';
import { canonicalCro, canonicalPnc } from '@ptpu/domain';
import { requireRole } from '../../auth/require-role.middleware';
import { badRequest, notFound } from '../../http/http-problem';
import { booleanParam, integerParam, listParam } from '../../http/route-params';
import type { Prisoner } from '../../world/world.schema';
import type { UpstreamDeps } from '../upstream-deps';
import {
  inmateDetail,
  movement,
  offenderIdentifiers,
  prisonerDetail,
  sentenceCalcDates,
  sentenceTerms,
} from './prison-views';

/** A system client reads prison-api with either role; caseload access does not apply to system tokens. */
const READ_ROLES = ['ROLE_GLOBAL_SEARCH', 'ROLE_VIEW_PRISONER_DATA'];

/** The prison-api operations the service calls (libs/clients/openapi/prison-api.yaml), over the world's NOMIS. */
export function prisonApiRoutes({ world, issuer }: UpstreamDeps): Router {
  const router = new Router({ prefix: '/api' });
  router.use(requireRole(issuer, READ_ROLES));

  const bookingOf = (raw: string | undefined) => {
    const bookingId = integerParam('bookingId', raw);
    const found = world().booking(bookingId);
    if (found === undefined) throw notFound(`Offender booking with id ${bookingId} not found.`);
    return found;
  };

  router.get('/bookings/:bookingId', (ctx) => {
    const { prisoner, booking } = bookingOf(ctx.params.bookingId);
    const basicInfo = booleanParam(ctx.query.basicInfo, false);
    const extraInfo = booleanParam(ctx.query.extraInfo, false);
    ctx.body = inmateDetail(world(), prisoner, booking, extraInfo && !basicInfo);
  });

  router.get('/bookings/:bookingId/sentenceDetail', (ctx) => {
    ctx.body = sentenceCalcDates(bookingOf(ctx.params.bookingId).booking);
  });

  router.get('/offender-sentences/booking/:bookingId/sentenceTerms', (ctx) => {
    const codes = listParam(ctx.query.filterBySentenceTermCodes);
    const terms = sentenceTerms(bookingOf(ctx.params.bookingId).booking);
    ctx.body =
      codes.length === 0 ? terms : terms.filter((term) => codes.includes(term.sentenceTermCode ?? ''));
  });

  router.get('/bookings/:bookingId/identifiers', (ctx) => {
    const { prisoner, booking } = bookingOf(ctx.params.bookingId);
    const type = typeof ctx.query.type === 'string' ? ctx.query.type : undefined;
    ctx.body = offenderIdentifiers(prisoner, booking).filter(
      (identifier) => type === undefined || identifier.type === type,
    );
  });

  router.get('/bookings/:bookingId/movement/:sequenceNumber', (ctx) => {
    const { prisoner, booking } = bookingOf(ctx.params.bookingId);
    const sequence = integerParam('sequenceNumber', ctx.params.sequenceNumber);
    const found = booking.movements.find((record) => record.sequence === sequence);
    if (found === undefined)
      throw notFound(`Movement ${sequence} of booking ${booking.bookingId} not found.`);
    ctx.body = movement(world(), prisoner, found);
  });

  router.get('/prisoners', (ctx) => {
    const criteria = prisonerCriteria(ctx.query);
    ctx.body = world()
      .prisoners()
      .filter((prisoner) => criteria.every((matches) => matches(prisoner)))
      .map((prisoner) => prisonerDetail(world(), prisoner));
  });

  return router;
}

type Criterion = (prisoner: Prisoner) => boolean;

/** The search criteria the service can send; at least one is required, as prison-api insists. */
function prisonerCriteria(query: Record<string, string | string[] | undefined>): Criterion[] {
  const single = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
  const offenderNos = listParam(query.offenderNo).map((no) => no.toUpperCase());
  const criteria: Criterion[] = [];
  if (offenderNos.length > 0) criteria.push((p) => offenderNos.includes(p.offenderNo));
  const pnc = single('pncNumber');
  if (pnc !== undefined)
    criteria.push((p) => p.pncNumber !== undefined && canonicalPnc(p.pncNumber) === canonicalPnc(pnc));
  const cro = single('croNumber');
  if (cro !== undefined)
    criteria.push((p) => p.croNumber !== undefined && canonicalCro(p.croNumber) === canonicalCro(cro));
  const lastName = single('lastName');
  if (lastName !== undefined) criteria.push((p) => p.lastName.toUpperCase() === lastName.toUpperCase());
  const firstName = single('firstName');
  if (firstName !== undefined) criteria.push((p) => p.firstName.toUpperCase() === firstName.toUpperCase());
  const dob = single('dob');
  if (dob !== undefined) criteria.push((p) => p.dateOfBirth === dob);
  if (criteria.length === 0) throw badRequest('At least one criteria must be provided');
  return criteria;
}
