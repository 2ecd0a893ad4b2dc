import {
  conflict,
  KEY_DATE_FIELDS,
  notFound,
  ok,
  type CommunityApi,
  type Conviction,
  type Custody,
  type OffenderIds,
} from '@ptpu/domain';
import createClient from 'openapi-fetch';
import type { components, paths } from '../generated/community-api';
import {
  lookUp,
  pickFields,
  pickPresent,
  receive,
  requireArray,
  requireFields,
  send,
  withoutAbsent,
} from '../http/read-answer';
import type { CallContext } from '../http/to-system-error';
import type { FetchFn } from '../http/upstream-fetch';

type Schemas = components['schemas'];

const ctxOf = (operation: string) => ({ upstream: 'community-api', operation });

/** community-api (Delius) over HTTP: only the GETs are retried, the writes are sent once. */
export function createCommunityApiClient(options: { baseUrl: string; fetch: FetchFn }): CommunityApi {
  const client = createClient<paths>(options);

  return {
    async getConvictions(crn) {
      const ctx = ctxOf('getConvictions');
      const body = await receive(ctx, () =>
        client.GET('/secure/offenders/crn/{crn}/convictions', { params: { path: { crn } } }),
      );
      return requireArray(ctx, body).map((c) => toConviction(ctx, c));
    },

    async findNomsNumberHolder(nomsNumber) {
      const ctx = ctxOf('findNomsNumberHolder');
      const sent = await send(
        ctx,
        () =>
          client.GET('/secure/offenders/nomsNumber/{nomsNumber}/all', {
            // Without it community-api picks the most likely of several holders: the one answer not wanted here.
            params: { path: { nomsNumber }, query: { failOnDuplicate: true } },
          }),
        [404, 409],
      );
      if (!sent.ok) return sent.status === 404 ? { kind: 'nobody' } : { kind: 'several' };
      const ids = toOffenderIds(ctx, requireFields(ctx, sent.data, ['otherIds']).otherIds);
      return { kind: 'one', ...pickFields(ctx, ids, ['crn'], ['pncNumber', 'croNumber']) };
    },

    async nomsNumberOfCase(crn) {
      return lookUp(
        ctxOf('nomsNumberOfCase'),
        () => client.GET('/secure/offenders/crn/{crn}/all', { params: { path: { crn } } }),
        (ctx, body) => toOffenderIds(ctx, requireFields(ctx, body, ['otherIds']).otherIds).nomsNumber,
      );
    },

    async setNomsNumber(crn, nomsNumber) {
      const ctx = ctxOf('setNomsNumber');
      const body = await receive(ctx, () =>
        client.PUT('/secure/offenders/crn/{crn}/nomsNumber', {
          params: { path: { crn } },
          body: { nomsNumber },
        }),
      );
      return toOffenderIds(ctx, body);
    },

    async replaceNomsNumber(oldNomsNumber, newNomsNumber) {
      const ctx = ctxOf('replaceNomsNumber');
      const sent = await send(
        ctx,
        () =>
          client.PUT('/secure/offenders/nomsNumber/{originalNomsNumber}/nomsNumber', {
            params: { path: { originalNomsNumber: oldNomsNumber } },
            body: { nomsNumber: newNomsNumber },
          }),
        [404, 409],
      );
      if (!sent.ok) return sent.status === 404 ? notFound() : conflict();
      return ok(requireArray(ctx, sent.data).map((ids) => toOffenderIds(ctx, ids)));
    },

    async setBookingNumber(nomsNumber, update) {
      return lookUp(
        ctxOf('setBookingNumber'),
        () =>
          client.PUT('/secure/offenders/nomsNumber/{nomsNumber}/custody/bookingNumber', {
            params: { path: { nomsNumber } },
            body: { bookingNumber: update.bookingNumber, sentenceStartDate: update.sentenceStartDate },
          }),
        toCustody,
      );
    },

    async getCustody(nomsNumber, bookingNo) {
      return lookUp(
        ctxOf('getCustody'),
        () =>
          client.GET('/secure/offenders/nomsNumber/{nomsNumber}/custody/bookingNumber/{bookingNumber}', {
            params: { path: { nomsNumber, bookingNumber: bookingNo } },
          }),
        toCustody,
      );
    },

    async setCustodyLocation(nomsNumber, bookingNo, location) {
      return lookUp(
        ctxOf('setCustodyLocation'),
        () =>
          client.PUT('/secure/offenders/nomsNumber/{nomsNumber}/custody/bookingNumber/{bookingNumber}', {
            params: { path: { nomsNumber, bookingNumber: bookingNo } },
            body: { nomsPrisonInstitutionCode: location.nomsPrisonInstitutionCode },
          }),
        toCustody,
      );
    },

    async replaceKeyDates(nomsNumber, bookingNo, keyDates) {
      return lookUp(
        ctxOf('replaceKeyDates'),
        () =>
          client.POST(
            '/secure/offenders/nomsNumber/{nomsNumber}/bookingNumber/{bookingNumber}/custody/keyDates',
            {
              params: { path: { nomsNumber, bookingNumber: bookingNo } },
              // Only the dates there are: a date left out is deleted in Delius, which is what "replace" means.
              body: pickPresent(keyDates, KEY_DATE_FIELDS),
            },
          ),
        toCustody,
      );
    },
  };
}

/** Delius's `IDs` (offender-search answers them too): the CRN is always there. */
export function toOffenderIds(ctx: CallContext, ids: Partial<OffenderIds> | undefined): OffenderIds {
  return pickFields(ctx, ids, ['crn'], ['pncNumber', 'croNumber', 'nomsNumber']);
}

function toConviction(ctx: CallContext, conviction: Schemas['Conviction']): Conviction {
  const c = requireFields(ctx, conviction, ['index', 'active']);
  return withoutAbsent({
    index: c.index,
    active: c.active,
    sentence: c.sentence ? pickPresent(c.sentence, ['description', 'startDate']) : undefined,
    custody: c.custody ? toCustody(ctx, c.custody) : undefined,
  });
}

function toCustody(ctx: CallContext, custody: Schemas['Custody'] | undefined): Custody {
  const c = requireFields(ctx, custody, []);
  return withoutAbsent({
    bookingNumber: c.bookingNumber,
    institution: c.institution
      ? pickPresent(c.institution, ['code', 'description', 'nomsPrisonInstitutionCode'])
      : undefined,
    keyDates: c.keyDates ? pickPresent(c.keyDates, KEY_DATE_FIELDS) : undefined,
    sentenceStartDate: c.sentenceStartDate,
    status: c.status?.code
      ? withoutAbsent({ code: c.status.code, description: c.status.description })
      : undefined,
  });
}
