import { http } from 'msw';
import { respond, type Replies } from './reply';
import {
  sampleConvictions,
  sampleCustody,
  sampleIds,
  sampleHolderDetail,
} from './samples/community-api.samples';

const offenders = (baseUrl: string) => `${baseUrl}/secure/offenders`;

/** msw handlers for community-api at `baseUrl`; defaults follow the original's stubs for X142620 / A5089DY. */
export const communityApiHandlers = (baseUrl: string) => ({
  getConvictions: (crn = 'X142620', replies: Replies = {}) =>
    http.get(
      `${offenders(baseUrl)}/crn/${crn}/convictions`,
      respond(replies, () => sampleConvictions(crn === 'X181002' ? '2019-02-11' : '2020-02-11')),
    ),
  /** The holder lookup; a 404 or 409 reply plays nobody or several. */
  findNomsNumberHolder: (nomsNumber = 'A5089DY', replies: Replies = {}) =>
    http.get(
      `${offenders(baseUrl)}/nomsNumber/${nomsNumber}/all`,
      respond(replies, () => sampleHolderDetail({ nomsNumber })),
    ),
  /** The case of a CRN, holding `nomsNumber` (none when null). */
  nomsNumberOfCase: (crn = 'X142620', nomsNumber: string | null = 'A5089DY', replies: Replies = {}) =>
    http.get(
      `${offenders(baseUrl)}/crn/${crn}/all`,
      respond(replies, () => sampleHolderDetail({ crn, nomsNumber: nomsNumber ?? undefined })),
    ),
  setNomsNumber: (crn = 'X142620', replies: Replies = {}) =>
    http.put(
      `${offenders(baseUrl)}/crn/${crn}/nomsNumber`,
      respond(replies, () => sampleIds({ crn })),
    ),
  replaceNomsNumber: (oldNomsNumber = 'A9999DY', replies: Replies = {}) =>
    http.put(
      `${offenders(baseUrl)}/nomsNumber/${oldNomsNumber}/nomsNumber`,
      respond(replies, () => [sampleIds()]),
    ),
  setBookingNumber: (nomsNumber = 'A5089DY', replies: Replies = {}) =>
    http.put(
      `${offenders(baseUrl)}/nomsNumber/${nomsNumber}/custody/bookingNumber`,
      respond(replies, sampleCustody),
    ),
  getCustody: (nomsNumber = 'A5089DY', bookingNo = '38339A', replies: Replies = {}) =>
    http.get(
      `${offenders(baseUrl)}/nomsNumber/${nomsNumber}/custody/bookingNumber/${bookingNo}`,
      respond(replies, () => sampleCustody({ bookingNumber: bookingNo })),
    ),
  setCustodyLocation: (nomsNumber = 'A5089DY', bookingNo = '38339A', replies: Replies = {}) =>
    http.put(
      `${offenders(baseUrl)}/nomsNumber/${nomsNumber}/custody/bookingNumber/${bookingNo}`,
      respond(replies, () => sampleCustody({ bookingNumber: bookingNo })),
    ),
  replaceKeyDates: (nomsNumber = 'A5089DY', bookingNo = '38339A', replies: Replies = {}) =>
    http.post(
      `${offenders(baseUrl)}/nomsNumber/${nomsNumber}/bookingNumber/${bookingNo}/custody/keyDates`,
      respond(replies, () => sampleCustody({ bookingNumber: bookingNo })),
    ),
  ping: (replies: Replies = {}) =>
    http.get(
      `${baseUrl}/health/ping`,
      respond(replies, () => ({ status: 'UP' })),
    ),
});
