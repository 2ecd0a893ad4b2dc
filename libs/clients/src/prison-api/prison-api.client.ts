import { notFound, ok, type PrisonApi } from '@ptpu/domain';
import createClient from 'openapi-fetch';
import type { paths } from '../generated/prison-api';
import { requireArray } from '../http/require-fields';
import { receive, send } from '../http/send';
import type { FetchFn } from '../http/upstream-fetch';
import {
  toBooking,
  toMovement,
  toOffenderIdentifier,
  toPrisonerDetails,
  toSentenceDetail,
  toSentenceTerm,
} from './prison-api.mapper';

const upstream = 'prison-api';

/** prison-api over HTTP. `fetch` carries the token, timeout and retries (see createUpstreamFetch). */
export function createPrisonApiClient(options: { baseUrl: string; fetch: FetchFn }): PrisonApi {
  const client = createClient<paths>(options);

  return {
    async getBooking(bookingId) {
      const ctx = { upstream, operation: 'getBooking' };
      const sent = await send(
        ctx,
        () =>
          client.GET('/api/bookings/{bookingId}', {
            params: { path: { bookingId }, query: { basicInfo: false, extraInfo: true } },
          }),
        [404],
      );
      return sent.ok ? ok(toBooking(ctx, sent.data)) : notFound();
    },

    async getSentenceDetail(bookingId) {
      const ctx = { upstream, operation: 'getSentenceDetail' };
      const sent = await send(
        ctx,
        () => client.GET('/api/bookings/{bookingId}/sentenceDetail', { params: { path: { bookingId } } }),
        [404],
      );
      return sent.ok ? ok(toSentenceDetail(ctx, sent.data)) : notFound();
    },

    async getSentenceTerms(bookingId) {
      const ctx = { upstream, operation: 'getSentenceTerms' };
      const sent = await send(
        ctx,
        () =>
          client.GET('/api/offender-sentences/booking/{bookingId}/sentenceTerms', {
            params: { path: { bookingId } },
          }),
        [404],
      );
      // Validation reads the terms first, so an unknown booking is told here.
      return sent.ok ? ok(requireArray(ctx, sent.data).map(toSentenceTerm)) : notFound();
    },

    async getMergedIdentifiers(bookingId) {
      const ctx = { upstream, operation: 'getMergedIdentifiers' };
      const body = await receive(ctx, () =>
        client.GET('/api/bookings/{bookingId}/identifiers', {
          params: { path: { bookingId }, query: { type: 'MERGED' } },
        }),
      );
      return requireArray(ctx, body).map((i) => toOffenderIdentifier(ctx, i));
    },

    async getPrisonerDetails(offenderNo) {
      const ctx = { upstream, operation: 'getPrisonerDetails' };
      const body = await receive(ctx, () =>
        client.GET('/api/prisoners', { params: { query: { offenderNo: [offenderNo] } } }),
      );
      return requireArray(ctx, body).map((p) => toPrisonerDetails(ctx, p));
    },

    async getMovement(bookingId, movementSeq) {
      const ctx = { upstream, operation: 'getMovement' };
      const sent = await send(
        ctx,
        () =>
          client.GET('/api/bookings/{bookingId}/movement/{sequenceNumber}', {
            params: { path: { bookingId, sequenceNumber: movementSeq } },
          }),
        [404],
      );
      return sent.ok ? ok(toMovement(ctx, sent.data)) : notFound();
    },
  };
}
