import { conflict, notFound, ok, type CommunityApi } from '@ptpu/domain';
import createClient from 'openapi-fetch';
import type { paths } from '../generated/community-api';
import { pickFields, pickPresent, requireArray, requireFields } from '../http/require-fields';
import { lookUp, receive, send } from '../http/send';
import type { FetchFn } from '../http/upstream-fetch';
import { toOffenderIds } from '../mappers/offender-ids.mapper';
import { CUSTODY_KEY_DATES, toConviction, toCustody } from './community-api.mapper';

const upstream = 'community-api';
const ctxOf = (operation: string) => ({ upstream, operation });

/**
 * community-api (Delius) over HTTP. `fetch` carries the token and timeout; only the GETs are retried, the
 * writes are sent once.
 */
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
              body: pickPresent(keyDates, CUSTODY_KEY_DATES),
            },
          ),
        toCustody,
      );
    },
  };
}
