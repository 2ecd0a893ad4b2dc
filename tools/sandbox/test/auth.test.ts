import { createRemoteJWKSet, jwtVerify } from 'jose';
import { buildDeliusCase, buildPrisoner, buildWorld, type Sandbox, startSandbox } from '../src';
import { SandboxClient, send } from './support/sandbox-client';

describe('HMPPS Auth issues tokens, and every upstream checks them', () => {
  let sandbox: Sandbox;
  let client: SandboxClient;

  beforeAll(async () => {
    sandbox = await startSandbox({
      world: buildWorld({ prisoners: [buildPrisoner()], deliusCases: [buildDeliusCase()] }),
      clients: [
        {
          clientId: 'prison-to-probation-update-client',
          clientSecret: 'clientsecret',
          authorities: ['ROLE_COMMUNITY', 'ROLE_GLOBAL_SEARCH'],
        },
      ],
    });
    client = new SandboxClient(sandbox);
  });
  afterAll(() => sandbox.close());

  describe('POST /auth/oauth/token', () => {
    it('when the client id and secret are right (HTTP Basic), then a bearer token the JWKS verifies, with the client roles', async () => {
      const reply = await client.tokenRequest('prison-to-probation-update-client', 'clientsecret');

      expect(reply.status).toBe(200);
      const body = reply.body as { access_token: string; token_type: string; expires_in: number };
      expect(body).toMatchObject({ token_type: 'bearer', expires_in: 3600 });
      const jwks = createRemoteJWKSet(new URL(`${sandbox.urls.auth}/.well-known/jwks.json`));
      const { payload } = await jwtVerify(body.access_token, jwks, { issuer: `${sandbox.urls.auth}/issuer` });
      expect(payload).toMatchObject({
        client_id: 'prison-to-probation-update-client',
        authorities: ['ROLE_COMMUNITY', 'ROLE_GLOBAL_SEARCH'],
      });
    });

    it('accepts the client credentials as form fields too', async () => {
      const reply = await send(`${sandbox.urls.auth}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials&client_id=prison-to-probation-update-client&client_secret=clientsecret',
      });
      expect(reply.status).toBe(200);
    });

    it.each([
      ['the secret is wrong', 'prison-to-probation-update-client', 'wrong'],
      ['the client is unknown', 'someone-else', 'clientsecret'],
    ])('when %s, then 401 invalid_client', async (_, clientId, secret) => {
      const reply = await client.tokenRequest(clientId, secret);
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ error: 'invalid_client' });
    });

    it('when the grant type is not client_credentials, then 400', async () => {
      const reply = await client.tokenRequest(
        'prison-to-probation-update-client',
        'clientsecret',
        'password',
      );
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ error: 'unsupported_grant_type' });
    });
  });

  it('mints tokens with the given roles, signed by the key in the JWKS, for trying the reports locally', async () => {
    const token = await sandbox.mintToken(['ROLE_PTPU_REPORT'], { userName: 'ANALYST_1' });

    const jwks = createRemoteJWKSet(new URL(`${sandbox.urls.auth}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(token, jwks, { issuer: sandbox.issuer });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({ authorities: ['ROLE_PTPU_REPORT'], user_name: 'ANALYST_1' });
    expect(payload.exp).toBeGreaterThan(Date.now() / 1000);
  });

  const protectedCalls = [
    ['prisonApi', 'GET', '/api/bookings/1200835'],
    ['offenderSearch', 'POST', '/match'],
    ['communityApi', 'GET', '/secure/offenders/crn/X142620/convictions'],
  ] as const;

  it.each(protectedCalls)('when %s %s %s has no bearer token, then 401', async (upstream, method, path) => {
    const reply = await client.call(
      upstream,
      method,
      path,
      method === 'POST' ? { surname: 'MARKE' } : undefined,
      null,
    );
    expect(reply.status).toBe(401);
    expect(reply.headers.get('www-authenticate')).toBe('Bearer');
  });

  it.each(protectedCalls)(
    'when %s %s %s has a token another HMPPS Auth signed, then 401',
    async (upstream, method, path) => {
      const elsewhere = await startSandbox({ world: buildWorld() });
      const foreignToken = await elsewhere.mintToken(['ROLE_COMMUNITY', 'ROLE_GLOBAL_SEARCH']);
      await elsewhere.close();

      const body = method === 'POST' ? { surname: 'MARKE' } : undefined;
      expect((await client.call(upstream, method, path, body, foreignToken)).status).toBe(401);
      expect((await client.call(upstream, method, path, body, 'not-a-jwt')).status).toBe(401);
    },
  );

  it('when the token has expired, then 401', async () => {
    const expired = await sandbox.mintToken(['ROLE_GLOBAL_SEARCH'], { expiresInSeconds: 0 });
    expect((await client.call('prisonApi', 'GET', '/api/bookings/1200835', undefined, expired)).status).toBe(
      401,
    );
  });

  it('when the token lacks the route role, then 403', async () => {
    const reply = await client.call('communityApi', 'PUT', '/secure/offenders/crn/X142620/nomsNumber', {
      nomsNumber: 'A5089DY',
    });
    expect(reply.status).toBe(403);
    expect(sandbox.admin.deliusState('X142620')?.otherIds.nomsNumber).toBeUndefined();
  });

  it.each([
    ['auth', () => `${sandbox.urls.auth}/health/ping`],
    ['prisonApi', () => `${sandbox.urls.prisonApi}/health/ping`],
    ['communityApi', () => `${sandbox.urls.communityApi}/health/ping`],
    ['offenderSearch', () => `${sandbox.urls.offenderSearch}/health/ping`],
  ])('%s answers its health ping without a token', async (_, url) => {
    const reply = await send(url(), { method: 'GET' });
    expect(reply).toMatchObject({ status: 200, body: { status: 'UP' } });
  });
});
