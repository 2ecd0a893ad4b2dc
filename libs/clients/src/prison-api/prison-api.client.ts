import type { PrisonApi } from '@ptpu/domain';
import createClient from 'openapi-fetch';
import type { paths } from '../generated/prison-api';
import { lookUp, pickFields, pickPresent, receive, requireArray, requireFields } from '../http/read-answer';
import type { FetchFn } from '../http/upstream-fetch';

const ctxOf = (operation: string) => ({ upstream: 'prison-api', operation });

/** prison-api over HTTP: an answer keeps only the fields the domain reads, failing without those it needs. */
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
        (ctx, body) =>
          pickFields(
            ctx,
            body,
            ['bookingId', 'bookingNo', 'offenderNo', 'activeFlag', 'firstName', 'lastName', 'dateOfBirth'],
            ['agencyId', 'inOutStatus', 'locationDescription', 'recall', 'legalStatus'],
          ),
      );
    },

    async getSentenceDetail(bookingId) {
      return lookUp(
        ctxOf('getSentenceDetail'),
        () => client.GET('/api/bookings/{bookingId}/sentenceDetail', { params: { path: { bookingId } } }),
        (ctx, body) =>
          pickPresent(requireFields(ctx, body, []), [
            'bookingId',
            'sentenceStartDate',
            'sentenceExpiryDate',
            'conditionalReleaseDate',
            'conditionalReleaseOverrideDate',
            'licenceExpiryDate',
            'paroleEligibilityDate',
            'homeDetentionCurfewEligibilityDate',
            'confirmedReleaseDate',
            'releaseDate',
            'topupSupervisionExpiryDate',
          ]),
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
        (ctx, body) =>
          requireArray(ctx, body).map((term) =>
            pickPresent(term, ['bookingId', 'consecutiveTo', 'startDate']),
          ),
      );
    },

    async getMergedIdentifiers(bookingId) {
      const ctx = ctxOf('getMergedIdentifiers');
      const body = await receive(ctx, () =>
        client.GET('/api/bookings/{bookingId}/identifiers', {
          params: { path: { bookingId }, query: { type: 'MERGED' } },
        }),
      );
      return requireArray(ctx, body).map((identifier) => pickFields(ctx, identifier, ['type', 'value'], []));
    },

    async getPrisonerDetails(offenderNo) {
      const ctx = ctxOf('getPrisonerDetails');
      const body = await receive(ctx, () =>
        client.GET('/api/prisoners', { params: { query: { offenderNo: [offenderNo] } } }),
      );
      return requireArray(ctx, body).map((prisoner) =>
        pickFields(
          ctx,
          prisoner,
          ['offenderNo', 'firstName', 'lastName', 'dateOfBirth'],
          ['pncNumber', 'croNumber', 'latestBookingId', 'latestLocationId', 'convictedStatus', 'legalStatus'],
        ),
      );
    },

    async getMovement(bookingId, movementSeq) {
      return lookUp(
        ctxOf('getMovement'),
        () =>
          client.GET('/api/bookings/{bookingId}/movement/{sequenceNumber}', {
            params: { path: { bookingId, sequenceNumber: movementSeq } },
          }),
        (ctx, body) =>
          pickFields(
            ctx,
            // Unread, but a movement without them is refused as it always was.
            requireFields(ctx, body, ['directionCode', 'movementDate', 'createDateTime']),
            ['offenderNo', 'movementType'],
            ['fromAgency', 'toAgency', 'toAgencyDescription'],
          ),
      );
    },
  };
}
