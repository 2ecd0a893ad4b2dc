import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { PrisonApi } from '@ptpu/domain';
import type { HttpHandler } from 'msw';
import { hmppsAuthHandlers, prisonApiHandlers, type Replies } from '../src/testing';
import {
  buildClients,
  expectSystemError,
  TIMEOUT_MS,
  TOKEN,
  urls,
  useFakeUpstreams,
} from './support/upstream-test-kit';

const { server, recorder } = useFakeUpstreams();

/** A full garbage collection now, without starting jest with --expose-gc. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
const prison = prisonApiHandlers(urls.prisonApi);
const auth = hmppsAuthHandlers(urls.auth);

function prisonApi() {
  server.use(auth.token());
  return buildClients().prisonApi;
}

async function onlyPrisonRequest() {
  const requests = (await recorder.all()).filter((r) => r.url.origin === urls.prisonApi);
  expect(requests).toHaveLength(1);
  return requests[0];
}

describe('prison-api client', () => {
  describe('getBooking', () => {
    it('when the booking exists, then it asks with extra info and maps the booking', async () => {
      server.use(prison.getBooking(1200835));
      const result = await prisonApi().getBooking(1200835);

      const request = await onlyPrisonRequest();
      expect(request.method).toBe('GET');
      expect(request.url.pathname).toBe('/api/bookings/1200835');
      expect(request.url.search).toBe('?basicInfo=false&extraInfo=true');
      expect(request.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
      expect(result).toEqual({
        kind: 'ok',
        value: {
          bookingId: 1200835,
          bookingNo: '38339A',
          offenderNo: 'A5089DY',
          activeFlag: true,
          firstName: 'ANDY',
          lastName: 'MARKE',
          dateOfBirth: '1970-01-01',
          agencyId: 'MDI',
          inOutStatus: 'IN',
          locationDescription: 'Moorland (HMP & YOI)',
          recall: false,
          legalStatus: 'SENTENCED',
        },
      });
    });

    it('when prison-api answers 404, then the booking is not found', async () => {
      server.use(prison.getBooking(42, { status: 404 }));
      expect(await prisonApi().getBooking(42)).toEqual({ kind: 'not-found' });
    });

    it('when a required field is missing, then it fails as an invalid response', async () => {
      server.use(prison.getBooking(1200835, { body: { bookingId: 1200835, activeFlag: true } }));
      await expectSystemError(prisonApi().getBooking(1200835), {
        code: 'UPSTREAM.INVALID_RESPONSE',
        message: expect.stringContaining('bookingNo'),
      });
    });
  });

  describe('getSentenceDetail', () => {
    it('when there are sentence dates, then it maps them and drops nulls', async () => {
      server.use(
        prison.getSentenceDetail(1200835, {
          body: { bookingId: 1200835, sentenceStartDate: '2020-02-11', confirmedReleaseDate: null },
        }),
      );
      const result = await prisonApi().getSentenceDetail(1200835);

      const request = await onlyPrisonRequest();
      expect(request.url.pathname).toBe('/api/bookings/1200835/sentenceDetail');
      expect(request.url.search).toBe('');
      expect(request.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
      expect(result).toEqual({ kind: 'ok', value: { bookingId: 1200835, sentenceStartDate: '2020-02-11' } });
    });

    it('when prison-api answers 404, then the booking is not found', async () => {
      server.use(prison.getSentenceDetail(7, { status: 404 }));
      expect(await prisonApi().getSentenceDetail(7)).toEqual({ kind: 'not-found' });
    });
  });

  describe('getSentenceTerms', () => {
    it('when the booking has terms, then each keeps its start date and consecutiveTo', async () => {
      server.use(prison.getSentenceTerms(1200835));
      const terms = await prisonApi().getSentenceTerms(1200835);

      const request = await onlyPrisonRequest();
      expect(request.url.pathname).toBe('/api/offender-sentences/booking/1200835/sentenceTerms');
      expect(request.url.search).toBe('');
      expect(request.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
      expect(terms).toEqual({
        kind: 'ok',
        value: [
          { bookingId: 1200835, startDate: '2020-02-11' },
          { bookingId: 1200835, startDate: '2020-11-21', consecutiveTo: 61 },
          { bookingId: 1200835, startDate: '2020-01-13' },
        ],
      });
    });

    it('when prison-api answers 404, then the booking is not found', async () => {
      server.use(prison.getSentenceTerms(1200835, { status: 404 }));
      expect(await prisonApi().getSentenceTerms(1200835)).toEqual({ kind: 'not-found' });
    });
  });

  describe('getMergedIdentifiers', () => {
    it('when NOMIS merged a prisoner, then it asks for MERGED identifiers and returns type and value', async () => {
      server.use(prison.getIdentifiers(1200835));
      const identifiers = await prisonApi().getMergedIdentifiers(1200835);

      const request = await onlyPrisonRequest();
      expect(request.url.pathname).toBe('/api/bookings/1200835/identifiers');
      expect(request.url.search).toBe('?type=MERGED');
      expect(request.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
      expect(identifiers).toEqual([{ type: 'MERGED', value: 'A9999DY' }]);
    });
  });

  describe('getPrisonerDetails', () => {
    it('when the prisoner exists, then it asks by offenderNo and maps PNC and CRO', async () => {
      server.use(
        prison.getPrisoners({
          body: [
            {
              offenderNo: 'A5089DY',
              firstName: 'ANDY',
              lastName: 'MARKE',
              dateOfBirth: '1970-01-01',
              currentlyInPrison: 'Y',
              pncNumber: '2019/0012345X',
              croNumber: null,
            },
          ],
        }),
      );
      const prisoners = await prisonApi().getPrisonerDetails('A5089DY');

      const request = await onlyPrisonRequest();
      expect(request.url.pathname).toBe('/api/prisoners');
      expect(request.url.search).toBe('?offenderNo=A5089DY');
      expect(request.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
      expect(prisoners).toEqual([
        {
          offenderNo: 'A5089DY',
          firstName: 'ANDY',
          lastName: 'MARKE',
          dateOfBirth: '1970-01-01',
          pncNumber: '2019/0012345X',
        },
      ]);
    });

    it('when prison-api knows no such prisoner, then the list is empty', async () => {
      server.use(prison.getPrisoners({ body: [] }));
      expect(await prisonApi().getPrisonerDetails('Z0000ZZ')).toEqual([]);
    });
  });

  describe('getMovement', () => {
    it('when the movement exists, then it maps type and agencies', async () => {
      server.use(prison.getMovement(1200835, 1));
      const result = await prisonApi().getMovement(1200835, 1);

      const request = await onlyPrisonRequest();
      expect(request.url.pathname).toBe('/api/bookings/1200835/movement/1');
      expect(request.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
      expect(result).toMatchObject({
        kind: 'ok',
        value: {
          offenderNo: 'A5089DY',
          movementType: 'ADM',
          fromAgency: 'ABRYCT',
          toAgency: 'MDI',
        },
      });
    });

    it('when prison-api answers 404, then the movement is not found', async () => {
      server.use(prison.getMovement(1200835, 9, { status: 404 }));
      expect(await prisonApi().getMovement(1200835, 9)).toEqual({ kind: 'not-found' });
    });
  });

  // Every operation fails the same way on a server error and a timeout.
  const operations: [string, (api: PrisonApi) => Promise<unknown>, (replies: Replies) => HttpHandler][] = [
    ['getBooking', (api) => api.getBooking(1200835), (r) => prison.getBooking(1200835, r)],
    [
      'getSentenceDetail',
      (api) => api.getSentenceDetail(1200835),
      (r) => prison.getSentenceDetail(1200835, r),
    ],
    ['getSentenceTerms', (api) => api.getSentenceTerms(1200835), (r) => prison.getSentenceTerms(1200835, r)],
    [
      'getMergedIdentifiers',
      (api) => api.getMergedIdentifiers(1200835),
      (r) => prison.getIdentifiers(1200835, r),
    ],
    ['getPrisonerDetails', (api) => api.getPrisonerDetails('A5089DY'), (r) => prison.getPrisoners(r)],
    ['getMovement', (api) => api.getMovement(1200835, 1), (r) => prison.getMovement(1200835, 1, r)],
  ];

  describe.each(operations)('%s', (operation, call, handler) => {
    it('when prison-api answers 500, then it throws a retryable SystemError naming the operation and status', async () => {
      server.use(handler({ status: 500 }));
      await expectSystemError(call(prisonApi()), {
        code: 'UPSTREAM.HTTP_STATUS',
        retryable: true,
        details: { upstream: 'prison-api', operation, status: 500 },
      });
    });

    it('when prison-api is slower than the timeout, then it fails as a timeout', async () => {
      server.use(handler({ delayMs: TIMEOUT_MS * 4 }));
      await expectSystemError(call(prisonApi()), {
        code: 'UPSTREAM.TIMEOUT',
        retryable: true,
        details: { upstream: 'prison-api', operation },
      });
    });
  });

  describe('timeouts, resets and retries', () => {
    it('when prison-api is slower than the timeout, then the GET is not repeated', async () => {
      server.use(prison.getBooking(1200835, { delayMs: TIMEOUT_MS * 4 }));
      await expectSystemError(prisonApi().getBooking(1200835), { code: 'UPSTREAM.TIMEOUT' });
      expect(await recorder.to('/api/bookings/1200835')).toHaveLength(1);
    });

    it('when the garbage collector runs while prison-api is slow, then the call still times out', async () => {
      // Node 24 can collect AbortSignal.any/AbortSignal.timeout pairs a request depends on (nodejs/node#57736).
      server.use(prison.getBooking(1200835, { delayMs: TIMEOUT_MS * 4 }));
      const call = prisonApi().getBooking(1200835);
      let settled = false;
      void call.finally(() => (settled = true)).catch(() => undefined);
      while (!settled) {
        await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS / 5));
        collectGarbage();
      }
      await expectSystemError(call, { code: 'UPSTREAM.TIMEOUT' });
    });

    it('when prison-api answers 503 and then 200, then the GET is retried and succeeds', async () => {
      server.use(prison.getSentenceTerms(1200835, [{ status: 503 }, {}]));
      const terms = await prisonApi().getSentenceTerms(1200835);
      expect(terms.kind === 'ok' && terms.value).toHaveLength(3);
      const attempts = await recorder.to('/api/offender-sentences/booking/1200835/sentenceTerms');
      expect(attempts).toHaveLength(2);
      expect(attempts.every((a) => a.headers.get('authorization') === `Bearer ${TOKEN}`)).toBe(true);
    });

    it('when the connection drops and then recovers, then the GET is retried and succeeds', async () => {
      server.use(prison.getBooking(1200835, [{ networkError: true }, {}]));
      expect(await prisonApi().getBooking(1200835)).toMatchObject({ kind: 'ok' });
      expect(await recorder.to('/api/bookings/1200835')).toHaveLength(2);
    });

    it('when prison-api keeps answering 502, then it gives up after 2 retries with the last status', async () => {
      server.use(prison.getBooking(1200835, { status: 502 }));
      await expectSystemError(prisonApi().getBooking(1200835), { details: { status: 502 } });
      expect(await recorder.to('/api/bookings/1200835')).toHaveLength(3);
    });

    it('when the connection keeps dropping, then it gives up as a network fault', async () => {
      server.use(prison.getBooking(1200835, { networkError: true }));
      await expectSystemError(prisonApi().getBooking(1200835), { code: 'UPSTREAM.NETWORK', retryable: true });
      expect(await recorder.to('/api/bookings/1200835')).toHaveLength(3);
    });
  });
});
