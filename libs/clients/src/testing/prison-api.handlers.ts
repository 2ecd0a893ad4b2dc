import { http } from 'msw';
import { respond, type Replies } from './reply';
import {
  sampleInmateDetail,
  sampleMergedIdentifiers,
  sampleMovement,
  samplePrisonerDetail,
  sampleSentenceCalcDates,
  sampleSentenceTerms,
} from './samples/prison-api.samples';

/** msw handlers for prison-api at `baseUrl`; each answers the sample body unless told otherwise. */
export const prisonApiHandlers = (baseUrl: string) => ({
  getBooking: (bookingId = 1200835, replies: Replies = {}) =>
    http.get(
      `${baseUrl}/api/bookings/${bookingId}`,
      respond(replies, () => sampleInmateDetail({ bookingId })),
    ),
  getSentenceDetail: (bookingId = 1200835, replies: Replies = {}) =>
    http.get(
      `${baseUrl}/api/bookings/${bookingId}/sentenceDetail`,
      respond(replies, () => sampleSentenceCalcDates({ bookingId })),
    ),
  getSentenceTerms: (bookingId = 1200835, replies: Replies = {}) =>
    http.get(
      `${baseUrl}/api/offender-sentences/booking/${bookingId}/sentenceTerms`,
      respond(replies, sampleSentenceTerms),
    ),
  getIdentifiers: (bookingId = 1200835, replies: Replies = {}) =>
    http.get(`${baseUrl}/api/bookings/${bookingId}/identifiers`, respond(replies, sampleMergedIdentifiers)),
  getPrisoners: (replies: Replies = {}) =>
    http.get(
      `${baseUrl}/api/prisoners`,
      respond(replies, () => [samplePrisonerDetail()]),
    ),
  getMovement: (bookingId = 1200835, sequence = 1, replies: Replies = {}) =>
    http.get(`${baseUrl}/api/bookings/${bookingId}/movement/${sequence}`, respond(replies, sampleMovement)),
  ping: (replies: Replies = {}) =>
    http.get(
      `${baseUrl}/health/ping`,
      respond(replies, () => ({ status: 'UP' })),
    ),
});
