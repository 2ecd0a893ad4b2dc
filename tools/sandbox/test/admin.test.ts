import { createRemoteJWKSet, jwtVerify } from 'jose';
import { buildDeliusCase, buildPrisoner, buildWorld, type Sandbox, startSandbox } from '../src';
import { SandboxClient, send } from './support/sandbox-client';

describe('the admin API: world loading, Delius state, the request log and tokens', () => {
  let sandbox: Sandbox;
  let client: SandboxClient;
  const json = { 'content-type': 'application/json' };

  beforeAll(async () => {
    sandbox = await startSandbox({
      world: buildWorld({ prisoners: [buildPrisoner()], deliusCases: [buildDeliusCase()] }),
    });
    client = new SandboxClient(sandbox);
    await client.serviceToken();
  });
  afterAll(() => sandbox.close());

  describe('request log', () => {
    beforeEach(() => sandbox.admin.clearRequests());

    it('lists each request with its upstream, method, path, query, body and status, oldest first', async () => {
      await client.call('prisonApi', 'GET', '/api/bookings/1200835?extraInfo=true');
      await client.call('communityApi', 'PUT', '/secure/offenders/crn/X142620/nomsNumber', {
        nomsNumber: 'A5089DY',
      });

      const requests = sandbox.admin.requests();

      expect(requests.map(({ upstream, method, path }) => [upstream, method, path])).toEqual([
        ['prisonApi', 'GET', '/api/bookings/1200835'],
        ['communityApi', 'PUT', '/secure/offenders/crn/X142620/nomsNumber'],
      ]);
      expect(requests[0]).toMatchObject({ query: { extraInfo: 'true' }, status: 200 });
      expect(requests[1]).toMatchObject({ body: { nomsNumber: 'A5089DY' }, status: 200 });
    });

    it('records token requests without the client secret', async () => {
      await send(`${sandbox.urls.auth}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials&client_id=prison-to-probation-update-client&client_secret=clientsecret',
      });
      expect(sandbox.admin.requests()).toEqual([
        expect.objectContaining({
          upstream: 'auth',
          path: '/auth/oauth/token',
          body: {
            grant_type: 'client_credentials',
            client_id: 'prison-to-probation-update-client',
            client_secret: '***',
          },
        }),
      ]);
    });

    it('filters by upstream, method and path pattern, over HTTP too, and clears', async () => {
      await client.call('communityApi', 'GET', '/secure/offenders/crn/X142620/convictions');
      await client.call('communityApi', 'PUT', '/secure/offenders/crn/X142620/nomsNumber', {
        nomsNumber: 'A5089DY',
      });

      expect(sandbox.admin.requests({ upstream: 'communityApi', method: 'put' })).toHaveLength(1);
      const byPath = await send<unknown[]>(
        `${sandbox.urls.admin}/requests?upstream=communityApi&path=/secure/offenders/crn/{crn}/convictions`,
        { method: 'GET' },
      );
      expect(byPath.body).toEqual([expect.objectContaining({ method: 'GET' })]);

      expect((await send(`${sandbox.urls.admin}/requests`, { method: 'DELETE' })).status).toBe(204);
      expect(sandbox.admin.requests()).toEqual([]);
    });
  });

  describe('NOMIS changing under the service', () => {
    beforeEach(() =>
      sandbox.admin.loadWorld(buildWorld({ prisoners: [buildPrisoner()], deliusCases: [buildDeliusCase()] })),
    );

    it('PUT .../sentence-dates changes the dates given and removes those sent as null; prison-api answers them', async () => {
      const reply = await send(`${sandbox.urls.admin}/nomis/bookings/1200835/sentence-dates`, {
        method: 'PUT',
        headers: json,
        body: JSON.stringify({ conditionalReleaseDate: '2022-12-24', licenceExpiryDate: null }),
      });

      expect(reply.status).toBe(200);
      const detail = await client.call('prisonApi', 'GET', '/api/bookings/1200835/sentenceDetail');
      expect(detail.body).toMatchObject({ conditionalReleaseDate: '2022-12-24' });
      expect(detail.body).not.toHaveProperty('licenceExpiryDate');
    });

    it('PUT .../sentence-dates refuses a date that is not yyyy-MM-dd, and an unknown booking', async () => {
      const bad = await send(`${sandbox.urls.admin}/nomis/bookings/1200835/sentence-dates`, {
        method: 'PUT',
        headers: json,
        body: JSON.stringify({ conditionalReleaseDate: '24/12/2022' }),
      });
      expect(bad.status).toBe(400);
      const unknown = await send(`${sandbox.urls.admin}/nomis/bookings/9/sentence-dates`, {
        method: 'PUT',
        headers: json,
        body: JSON.stringify({}),
      });
      expect(unknown.status).toBe(404);
    });

    it('POST .../movements records the next movement: a transfer out leaves them in transit, the admission puts them in', async () => {
      const record = (movement: object) =>
        send<{ sequence: number }>(`${sandbox.urls.admin}/nomis/bookings/1200835/movements`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify(movement),
        });
      const base = { movementDate: '2026-01-20', movementTime: '10:00:00', movementReason: 'Transfer' };
      const booking = async () =>
        (await client.call('prisonApi', 'GET', '/api/bookings/1200835?extraInfo=true')).body;

      const out = await record({
        ...base,
        movementType: 'TRN',
        directionCode: 'OUT',
        movementReasonCode: 'NOTR',
        fromAgency: 'MDI',
        toAgency: 'LEI',
      });
      expect(out.status).toBe(201);
      expect(await booking()).toMatchObject({ agencyId: 'TRN', inOutStatus: 'TRN' });

      const admitted = await record({
        ...base,
        movementType: 'ADM',
        directionCode: 'IN',
        movementReasonCode: 'INT',
        fromAgency: 'MDI',
        toAgency: 'LEI',
      });
      expect(admitted.body.sequence).toBe(out.body.sequence + 1);
      expect(await booking()).toMatchObject({ agencyId: 'LEI', inOutStatus: 'IN' });
      const movement = await client.call(
        'prisonApi',
        'GET',
        `/api/bookings/1200835/movement/${admitted.body.sequence}`,
      );
      expect(movement.body).toMatchObject({ movementType: 'ADM', toAgency: 'LEI' });
    });
  });

  describe('PUT /admin/world', () => {
    it('replaces the world, so the upstreams answer from the new one', async () => {
      const world = buildWorld({ deliusCases: [buildDeliusCase({ crn: 'X999001' })] });

      const reply = await send(`${sandbox.urls.admin}/world`, {
        method: 'PUT',
        headers: json,
        body: JSON.stringify(world),
      });

      expect(reply.status).toBe(204);
      expect((await client.call('prisonApi', 'GET', '/api/bookings/1200835')).status).toBe(404);
      expect((await send(`${sandbox.urls.admin}/delius/X999001`, { method: 'GET' })).body).toMatchObject({
        crn: 'X999001',
      });
      expect((await send(`${sandbox.urls.admin}/delius/X142620`, { method: 'GET' })).status).toBe(404);
    });

    it('refuses an invalid world with every problem listed, and keeps the old one', async () => {
      sandbox.admin.loadWorld(buildWorld({ deliusCases: [buildDeliusCase()] }));
      const world = buildWorld({
        deliusCases: [buildDeliusCase({ crn: 'bad' }), buildDeliusCase({ dateOfBirth: '1970-13-01' })],
      });

      const reply = await send(`${sandbox.urls.admin}/world`, {
        method: 'PUT',
        headers: json,
        body: JSON.stringify(world),
      });

      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({
        error: 'SANDBOX.WORLD_INVALID',
        issues: [
          expect.stringMatching(/^deliusCases\[0\]\.crn: /),
          expect.stringMatching(/^deliusCases\[1\]\.dateOfBirth: /),
        ],
      });
      expect(sandbox.admin.deliusState('X142620')).toBeDefined();
    });
  });

  it('POST /admin/delius/{crn}/reveal-convictions records events that were due later', async () => {
    sandbox.admin.loadWorld(
      buildWorld({
        deliusCases: [
          buildDeliusCase({
            convictions: [{ convictionId: 1, index: '1', active: true, appearsAfter: '1d' }],
          }),
        ],
      }),
    );
    expect(sandbox.admin.deliusState('X142620')?.convictions[0].appearsAt).toBeDefined();

    const reply = await send(`${sandbox.urls.admin}/delius/X142620/reveal-convictions`, { method: 'POST' });

    expect(reply.status).toBe(200);
    expect(sandbox.admin.deliusState('X142620')?.convictions[0].appearsAt).toBeUndefined();
  });

  it('POST /admin/tokens mints a token with the roles asked for', async () => {
    const reply = await send<{ token: string }>(`${sandbox.urls.admin}/tokens`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ roles: ['ROLE_PTPU_REPORT'], userName: 'ANALYST_1' }),
    });

    const jwks = createRemoteJWKSet(new URL(`${sandbox.urls.auth}/.well-known/jwks.json`));
    const { payload } = await jwtVerify(reply.body.token, jwks, { issuer: sandbox.issuer });
    expect(payload).toMatchObject({ authorities: ['ROLE_PTPU_REPORT'], user_name: 'ANALYST_1' });
  });
});
