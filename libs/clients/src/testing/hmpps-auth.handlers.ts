import { http } from 'msw';
import { respond, type Replies } from './reply';
import { sampleTokenResponse } from './samples/hmpps-auth.samples';

/** msw handlers for HMPPS Auth at `authUrl` (including `/auth`). */
export const hmppsAuthHandlers = (authUrl: string) => ({
  token: (replies: Replies = {}) =>
    http.post(
      `${authUrl}/oauth/token`,
      respond(replies, () => sampleTokenResponse()),
    ),
  ping: (replies: Replies = {}) =>
    http.get(
      `${authUrl}/health/ping`,
      respond(replies, () => ({ status: 'UP' })),
    ),
});
