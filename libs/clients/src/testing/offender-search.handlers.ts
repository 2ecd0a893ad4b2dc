import { http } from 'msw';
import { respond, type Replies } from './reply';
import { sampleOffenderMatches } from './samples/offender-search.samples';

/** msw handlers for probation-offender-search at `baseUrl`. */
export const offenderSearchHandlers = (baseUrl: string) => ({
  match: (replies: Replies = {}) =>
    http.post(
      `${baseUrl}/match`,
      respond(replies, () => sampleOffenderMatches()),
    ),
  ping: (replies: Replies = {}) =>
    http.get(
      `${baseUrl}/health/ping`,
      respond(replies, () => ({ status: 'UP' })),
    ),
});
