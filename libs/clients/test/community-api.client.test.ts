import type { CommunityApi } from '@ptpu/domain';
import type { HttpHandler } from 'msw';
import { communityApiHandlers, hmppsAuthHandlers, type Replies } from '../src/testing';
import {
  buildClients,
  expectSystemError,
  TIMEOUT_MS,
  TOKEN,
  urls,
  useFakeUpstreams,
} from './support/upstream-test-kit';

const { server, recorder } = useFakeUpstreams();
const community = communityApiHandlers(urls.communityApi);

/** A claim with its whole lease ahead of it. */
const OPEN_GATE = { claimId: 'booking#1200835', owner: 'pod-a/processor/1', fence: 3, msLeft: () => 60_000 };

/** community-api as a booking's work uses it: under a claim's write gate. */
function communityApi() {
  server.use(hmppsAuthHandlers(urls.auth).token());
  return buildClients({ callerName: 'pod-a' }).communityApiUnder(OPEN_GATE);
}

async function onlyCommunityRequest() {
  const requests = (await recorder.all()).filter((r) => r.url.origin === urls.communityApi);
  expect(requests).toHaveLength(1);
  expect(requests[0].headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  expect(requests[0].headers.get('x-ptpu-caller')).toBe('pod-a');
  return requests[0];
}

const moorland = {
  bookingNumber: '38353A',
  institution: { code: 'MDIHMP', description: 'Moorland (HMP & YOI)', nomsPrisonInstitutionCode: 'MDI' },
  keyDates: {
    conditionalReleaseDate: '2022-11-26',
    licenceExpiryDate: '2025-09-10',
    sentenceExpiryDate: '2025-09-10',
  },
  sentenceStartDate: '2020-02-11',
  status: { code: 'D', description: 'In Custody' },
};

describe('community-api client', () => {
  describe('getConvictions', () => {
    it('when the offender has convictions, then custodial ones keep their custody and sentence start', async () => {
      server.use(community.getConvictions('X142620'));
      const convictions = await communityApi().getConvictions('X142620');

      const request = await onlyCommunityRequest();
      expect(request.method).toBe('GET');
      expect(request.url.pathname).toBe('/secure/offenders/crn/X142620/convictions');
      expect(request.url.search).toBe('');
      expect(convictions.map((c) => [c.index, c.sentence?.startDate, c.custody?.bookingNumber])).toEqual([
        ['1', '2018-10-31', undefined],
        ['2', undefined, undefined],
        ['3', '2020-02-11', '38353A'],
      ]);
      expect(convictions[2].custody).toEqual(moorland);
    });

    it('when the CRN is unknown (404), then it is a system fault: offender-search just named it', async () => {
      server.use(community.getConvictions('X000000', { status: 404 }));
      await expectSystemError(communityApi().getConvictions('X000000'), {
        code: 'UPSTREAM.HTTP_STATUS',
        details: { operation: 'getConvictions', status: 404 },
      });
    });
  });

  describe('findNomsNumberHolder', () => {
    it('when one offender holds the number, then it asks with failOnDuplicate=true and answers its CRN', async () => {
      server.use(community.findNomsNumberHolder('A5089DY'));
      const holder = await communityApi().findNomsNumberHolder('A5089DY');

      const request = await onlyCommunityRequest();
      expect(request.method).toBe('GET');
      expect(request.url.pathname).toBe('/secure/offenders/nomsNumber/A5089DY/all');
      expect(request.url.search).toBe('?failOnDuplicate=true');
      expect(holder).toEqual({ kind: 'one', crn: 'X142620' });
    });

    it('when the holder has a PNC and a CRO, then they come with its CRN, to tell whether it is the prisoner’s', async () => {
      server.use(
        community.findNomsNumberHolder('A5089DY', {
          body: { otherIds: { crn: 'X999999', pncNumber: '2019/0012345X', croNumber: '123456/19A' } },
        }),
      );

      expect(await communityApi().findNomsNumberHolder('A5089DY')).toEqual({
        kind: 'one',
        crn: 'X999999',
        pncNumber: '2019/0012345X',
        croNumber: '123456/19A',
      });
    });

    it.each([
      [404, { kind: 'nobody' }],
      [409, { kind: 'several' }],
    ])('when community-api answers %s, then it is %o', async (status, holder) => {
      server.use(community.findNomsNumberHolder('A5089DY', { status }));
      expect(await communityApi().findNomsNumberHolder('A5089DY')).toEqual(holder);
    });

    it('when the answer has no CRN, then it is an invalid response', async () => {
      server.use(community.findNomsNumberHolder('A5089DY', { body: { otherIds: {} } }));
      await expectSystemError(communityApi().findNomsNumberHolder('A5089DY'), {
        details: { operation: 'findNomsNumberHolder' },
      });
    });
  });

  describe('nomsNumberOfCase', () => {
    it('when the case holds a NOMS number, then it reads the case by CRN and answers the number', async () => {
      server.use(community.nomsNumberOfCase('X142620', 'A5089DY'));
      const holds = await communityApi().nomsNumberOfCase('X142620');

      const request = await onlyCommunityRequest();
      expect(request.method).toBe('GET');
      expect(request.url.pathname).toBe('/secure/offenders/crn/X142620/all');
      expect(holds).toEqual({ kind: 'ok', value: 'A5089DY' });
    });

    it('when the case holds none, then the answer is ok without a number', async () => {
      server.use(community.nomsNumberOfCase('X142620', null));
      expect(await communityApi().nomsNumberOfCase('X142620')).toEqual({ kind: 'ok', value: undefined });
    });

    it('when no case has the CRN (404), then it is not-found', async () => {
      server.use(community.nomsNumberOfCase('X142620', null, { status: 404 }));
      expect(await communityApi().nomsNumberOfCase('X142620')).toEqual({ kind: 'not-found' });
    });
  });

  describe('setNomsNumber', () => {
    it('when the offender exists, then it puts the NOMS number and returns the identifiers', async () => {
      server.use(community.setNomsNumber('X142620'));
      const ids = await communityApi().setNomsNumber('X142620', 'A5089DY');

      const request = await onlyCommunityRequest();
      expect(request.method).toBe('PUT');
      expect(request.url.pathname).toBe('/secure/offenders/crn/X142620/nomsNumber');
      expect(request.headers.get('x-ptpu-claim')).toBe('booking#1200835;fence=3;owner=pod-a/processor/1');
      expect(JSON.parse(request.body)).toEqual({ nomsNumber: 'A5089DY' });
      expect(ids).toEqual({ crn: 'X142620', nomsNumber: 'A5089DY' });
    });

    it('when the offender is not found (404), then it is a system fault', async () => {
      server.use(community.setNomsNumber('X142620', { status: 404 }));
      await expectSystemError(communityApi().setNomsNumber('X142620', 'A5089DY'), {
        details: { status: 404 },
      });
    });
  });

  describe('replaceNomsNumber', () => {
    it('when offenders hold the old number, then it puts the new one and returns every offender updated', async () => {
      server.use(community.replaceNomsNumber('A9999DY'));
      const result = await communityApi().replaceNomsNumber('A9999DY', 'A5089DY');

      const request = await onlyCommunityRequest();
      expect(request.method).toBe('PUT');
      expect(request.url.pathname).toBe('/secure/offenders/nomsNumber/A9999DY/nomsNumber');
      expect(JSON.parse(request.body)).toEqual({ nomsNumber: 'A5089DY' });
      expect(result).toEqual({ kind: 'ok', value: [{ crn: 'X142620', nomsNumber: 'A5089DY' }] });
    });

    it('when nobody holds the old number (404), then it is not found', async () => {
      server.use(community.replaceNomsNumber('A9999DY', { status: 404 }));
      expect(await communityApi().replaceNomsNumber('A9999DY', 'A5089DY')).toEqual({ kind: 'not-found' });
    });

    it('when the new number is already taken (409), then it is a conflict', async () => {
      server.use(community.replaceNomsNumber('A9999DY', { status: 409 }));
      expect(await communityApi().replaceNomsNumber('A9999DY', 'A5089DY')).toEqual({ kind: 'conflict' });
    });
  });

  describe('setBookingNumber', () => {
    it('when one custody matches, then it puts book number and ISO sentence start date and maps the custody', async () => {
      server.use(community.setBookingNumber('A5089DY'));
      const result = await communityApi().setBookingNumber('A5089DY', {
        bookingNumber: '38339A',
        sentenceStartDate: '2020-02-11',
      });

      const request = await onlyCommunityRequest();
      expect(request.method).toBe('PUT');
      expect(request.url.pathname).toBe('/secure/offenders/nomsNumber/A5089DY/custody/bookingNumber');
      expect(JSON.parse(request.body)).toEqual({ bookingNumber: '38339A', sentenceStartDate: '2020-02-11' });
      expect(result).toEqual({ kind: 'ok', value: moorland });
    });

    it('when no single custody is within 7 days (404), then it is not found', async () => {
      server.use(community.setBookingNumber('A5089DY', { status: 404 }));
      const result = await communityApi().setBookingNumber('A5089DY', {
        bookingNumber: '38339A',
        sentenceStartDate: '2020-02-11',
      });
      expect(result).toEqual({ kind: 'not-found' });
    });
  });

  describe('getCustody', () => {
    it('when the custody exists, then it reads it by NOMS and book number', async () => {
      server.use(community.getCustody('A5089DY', '38339A'));
      const result = await communityApi().getCustody('A5089DY', '38339A');

      const request = await onlyCommunityRequest();
      expect(request.method).toBe('GET');
      expect(request.url.pathname).toBe('/secure/offenders/nomsNumber/A5089DY/custody/bookingNumber/38339A');
      expect(request.body).toBe('');
      expect(result).toEqual({ kind: 'ok', value: { ...moorland, bookingNumber: '38339A' } });
    });

    it('when there is no such custody (404), then it is not found', async () => {
      server.use(community.getCustody('A5089DY', '38339A', { status: 404 }));
      expect(await communityApi().getCustody('A5089DY', '38339A')).toEqual({ kind: 'not-found' });
    });
  });

  describe('setCustodyLocation', () => {
    it('when the custody exists, then it puts the prison code', async () => {
      server.use(community.setCustodyLocation('A5089DY', '38339A'));
      const result = await communityApi().setCustodyLocation('A5089DY', '38339A', {
        nomsPrisonInstitutionCode: 'MDI',
      });

      const request = await onlyCommunityRequest();
      expect(request.method).toBe('PUT');
      expect(request.url.pathname).toBe('/secure/offenders/nomsNumber/A5089DY/custody/bookingNumber/38339A');
      expect(JSON.parse(request.body)).toEqual({ nomsPrisonInstitutionCode: 'MDI' });
      expect(result).toMatchObject({
        kind: 'ok',
        value: { institution: { nomsPrisonInstitutionCode: 'MDI' } },
      });
    });

    it('when there is no such custody (404), then it is not found', async () => {
      server.use(community.setCustodyLocation('A5089DY', '38339A', { status: 404 }));
      const result = await communityApi().setCustodyLocation('A5089DY', '38339A', {
        nomsPrisonInstitutionCode: 'MDI',
      });
      expect(result).toEqual({ kind: 'not-found' });
    });
  });

  describe('replaceKeyDates', () => {
    it('when the custody exists, then it posts exactly the dates given, leaving the others out', async () => {
      server.use(community.replaceKeyDates('A5089DY', '38339A'));
      const result = await communityApi().replaceKeyDates('A5089DY', '38339A', {
        conditionalReleaseDate: '2022-11-26',
        sentenceExpiryDate: '2025-09-10',
        expectedReleaseDate: undefined,
      });

      const request = await onlyCommunityRequest();
      expect(request.method).toBe('POST');
      expect(request.url.pathname).toBe(
        '/secure/offenders/nomsNumber/A5089DY/bookingNumber/38339A/custody/keyDates',
      );
      expect(JSON.parse(request.body)).toEqual({
        conditionalReleaseDate: '2022-11-26',
        sentenceExpiryDate: '2025-09-10',
      });
      expect(result).toMatchObject({ kind: 'ok', value: { bookingNumber: '38339A' } });
    });

    it('when there is no such custody (404), then it is not found', async () => {
      server.use(community.replaceKeyDates('A5089DY', '38339A', { status: 404 }));
      expect(await communityApi().replaceKeyDates('A5089DY', '38339A', {})).toEqual({ kind: 'not-found' });
    });
  });

  // Every operation fails the same way on a server error and a timeout; writes are sent exactly once.
  const operations: [
    string,
    string,
    (api: CommunityApi) => Promise<unknown>,
    (replies: Replies) => HttpHandler,
  ][] = [
    [
      'getConvictions',
      '/secure/offenders/crn/X142620/convictions',
      (api) => api.getConvictions('X142620'),
      (r) => community.getConvictions('X142620', r),
    ],
    [
      'findNomsNumberHolder',
      '/secure/offenders/nomsNumber/A5089DY/all',
      (api) => api.findNomsNumberHolder('A5089DY'),
      (r) => community.findNomsNumberHolder('A5089DY', r),
    ],
    [
      'setNomsNumber',
      '/secure/offenders/crn/X142620/nomsNumber',
      (api) => api.setNomsNumber('X142620', 'A5089DY'),
      (r) => community.setNomsNumber('X142620', r),
    ],
    [
      'replaceNomsNumber',
      '/secure/offenders/nomsNumber/A9999DY/nomsNumber',
      (api) => api.replaceNomsNumber('A9999DY', 'A5089DY'),
      (r) => community.replaceNomsNumber('A9999DY', r),
    ],
    [
      'setBookingNumber',
      '/secure/offenders/nomsNumber/A5089DY/custody/bookingNumber',
      (api) => api.setBookingNumber('A5089DY', { bookingNumber: '38339A', sentenceStartDate: '2020-02-11' }),
      (r) => community.setBookingNumber('A5089DY', r),
    ],
    [
      'getCustody',
      '/secure/offenders/nomsNumber/A5089DY/custody/bookingNumber/38339A',
      (api) => api.getCustody('A5089DY', '38339A'),
      (r) => community.getCustody('A5089DY', '38339A', r),
    ],
    [
      'setCustodyLocation',
      '/secure/offenders/nomsNumber/A5089DY/custody/bookingNumber/38339A',
      (api) => api.setCustodyLocation('A5089DY', '38339A', { nomsPrisonInstitutionCode: 'MDI' }),
      (r) => community.setCustodyLocation('A5089DY', '38339A', r),
    ],
    [
      'replaceKeyDates',
      '/secure/offenders/nomsNumber/A5089DY/bookingNumber/38339A/custody/keyDates',
      (api) => api.replaceKeyDates('A5089DY', '38339A', {}),
      (r) => community.replaceKeyDates('A5089DY', '38339A', r),
    ],
  ];

  describe.each(operations)('%s', (operation, path, call, handler) => {
    it('when community-api answers 500, then it throws a retryable SystemError naming the operation', async () => {
      server.use(handler({ status: 500 }));
      await expectSystemError(call(communityApi()), {
        code: 'UPSTREAM.HTTP_STATUS',
        retryable: true,
        details: { upstream: 'community-api', operation, status: 500 },
      });
    });

    it('when community-api is slower than the timeout, then it fails as a timeout', async () => {
      server.use(handler({ delayMs: TIMEOUT_MS * 4 }));
      await expectSystemError(call(communityApi()), { code: 'UPSTREAM.TIMEOUT', details: { operation } });
    });

    const isRead = /^(get|find)/.test(operation);
    it(`when community-api answers 503 and then 200, then the call is ${isRead ? 'retried' : 'sent once'}`, async () => {
      server.use(handler([{ status: 503 }, {}]));
      const outcome = call(communityApi());
      if (isRead) await outcome;
      else await expectSystemError(outcome, { details: { operation, status: 503 } });
      expect(await recorder.to(path)).toHaveLength(isRead ? 2 : 1);
    });
  });

  describe('writes and the claim they are made under', () => {
    const writes = operations.filter(([operation]) => !/^(get|find)/.test(operation));

    it.each(writes)(
      'when %s is called on the client built without a claim, then nothing is sent and it says why',
      async (_operation, _path, call) => {
        server.use(hmppsAuthHandlers(urls.auth).token());
        await expectSystemError(call(buildClients().communityApi), {
          code: 'CLAIM.NO_WRITE_GATE',
          retryable: false,
        });
        expect((await recorder.all()).filter((r) => r.url.origin === urls.communityApi)).toEqual([]);
      },
    );

    it('when the client built without a claim reads, then the read is sent as ever, without a claim header', async () => {
      server.use(hmppsAuthHandlers(urls.auth).token(), community.getCustody('A5089DY', '38339A'));

      await buildClients({ callerName: 'pod-a' }).communityApi.getCustody('A5089DY', '38339A');

      expect((await onlyCommunityRequest()).headers.get('x-ptpu-claim')).toBeNull();
    });

    it.each(writes)(
      'when the lease may have passed, then %s is not sent and fails CLAIM.LEASE_PASSED, retryable, to its caller',
      async (_operation, _path, call, handler) => {
        server.use(hmppsAuthHandlers(urls.auth).token(), handler({}));
        const passed = { ...OPEN_GATE, msLeft: () => -1 };

        await expectSystemError(call(buildClients().communityApiUnder(passed)), {
          code: 'CLAIM.LEASE_PASSED',
          retryable: true,
          details: { claimId: 'booking#1200835', fence: 3, owner: 'pod-a/processor/1' },
        });
        expect((await recorder.all()).filter((r) => r.url.origin === urls.communityApi)).toEqual([]);
      },
    );
  });
});
