import type { PrisonApi } from '@ptpu/domain';
import createClient from 'openapi-fetch';
import type { paths } from '../generated/prison-api';
import { requireArray } from '../http/require-fields';
import { lookUp, receive } from '../http/send';
import type { FetchFn } from '../http/upstream-fetch';
import {
  toBooking,
  toMovement,
  toOffenderIdentifier,
  toPrisonerDetails,
  toSentenceDetail,
  toSentenceTerm,
} from './prison-api.mapper';

const ctxOf = (operation: string) => ({ upstream: 'prison-api', operation });

/** prison-api over HTTP. `fetch` carries the token, timeout and retries (see createUpstreamFetch). */
export function createPrisonApiClient(options: { baseUrl: string; fetch: FetchFn }): PrisonApi {
  const client = createClient<paths>(options);

  return {
    async getBooking(bookingId) {
      return lookUp(
        ctxOf('getBooking'),
        () =>
          client.GET('/api/bookings/{bookingId}', {
            params: { path: { bookingId }, query: { basicInfo: false, extraInfo: true } },
          }),
        toBooking,
      );
    },

    async getSentenceDetail(bookingId) {
      return lookUp(
        ctxOf('getSentenceDetail'),
        () => client.GET('/api/bookings/{bookingId}/sentenceDetail', { params: { path: { bookingId } } }),
        toSentenceDetail,
      );
    },

    // Validation reads the terms first, so an unknown booking is told here.
    async getSentenceTerms(bookingId) {
      return lookUp(
        ctxOf('getSentenceTerms'),
        () =>
          client.GET('/api/offender-sentences/booking/{bookingId}/sentenceTerms', {
            params: { path: { bookingId } },
          }),
        (ctx, body) => requireArray(ctx, body).map(toSentenceTerm),
      );
    },

    async getMergedIdentifiers(bookingId) {
      const ctx = ctxOf('getMergedIdentifiers');
      const body = await receive(ctx, () =>
        client.GET('/api/bookings/{bookingId}/identifiers', {
          params: { path: { bookingId }, query: { type: 'MERGED' } },
        }),
      );
      return requireArray(ctx, body).map((i) => toOffenderIdentifier(ctx, i));
    },

    async getPrisonerDetails(offenderNo) {
      const ctx = ctxOf('getPrisonerDetails');
      const body = await receive(ctx, () =>
        client.GET('/api/prisoners', { params: { query: { offenderNo: [offenderNo] } } }),
      );
      return requireArray(ctx, body).map((p) => toPrisonerDetails(ctx, p));
    },

    async getMovement(bookingId, movementSeq) {
      return lookUp(
        ctxOf('getMovement'),
        () =>
          client.GET('/api/bookings/{bookingId}/movement/{sequenceNumber}', {
            params: { path: { bookingId, sequenceNumber: movementSeq } },
          }),
        toMovement,
      );
    },
  };
}
