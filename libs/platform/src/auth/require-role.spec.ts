import { Router } from '@koa/router';
import { createOpsApp } from '../http/create-ops-app';
import { createMetricsRegistry } from '../http/ops-routes';
import { startHttpServer, type RunningHttpServer } from '../http/start-http-server';
import { createCapturingLogger } from '../testing/capturing-logger';
import { startTestTokenIssuer, type TestTokenIssuer } from '../testing/test-token-issuer';
import { createJwksHealthComponent, createJwtVerifier } from './jwt-verifier';
import { requireRole } from './require-role';
import type { AuthenticatedCaller } from './jwt-verifier';

const ROLE = 'ROLE_PTPU_REPORT';

describe('requireRole with the JWT verifier', () => {
  let issuer: TestTokenIssuer;
  let server: RunningHttpServer;
  let lines: Record<string, unknown>[];

  beforeAll(async () => {
    issuer = await startTestTokenIssuer();
    const { logger, lines: captured } = createCapturingLogger();
    lines = captured;
    const verifier = createJwtVerifier({
      oauthEndpointUrl: issuer.oauthEndpointUrl,
      issuer: issuer.issuer,
      logger,
    });
    const app = createOpsApp({
      info: { name: 'reports', version: '0' },
      health: [],
      registry: createMetricsRegistry(),
      logger,
    });
    const router = new Router();
    router.get('/report/summary', requireRole(ROLE, verifier), (ctx) => {
      logger.info('report requested');
      ctx.body = { caller: ctx.state.caller };
    });
    app.use(router.routes());
    server = await startHttpServer(app, 0, logger);
  });
  afterAll(async () => {
    await server.close();
    await issuer.close();
  });
  beforeEach(() => lines.splice(0));

  const call = async (token?: string) => {
    const response = await fetch(`${server.url}/report/summary`, {
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as {
      caller?: AuthenticatedCaller;
      status?: number;
      userMessage?: string;
    };
    return { status: response.status, challenge: response.headers.get('www-authenticate'), body };
  };

  it('lets a valid token with the role through, naming the caller in the logs', async () => {
    const { status, body } = await call(
      await issuer.mint({ authorities: ['ROLE_OTHER', ROLE], clientId: 'analytics' }),
    );

    expect(status).toBe(200);
    expect(body.caller).toEqual({
      principal: 'analytics',
      clientId: 'analytics',
      authorities: ['ROLE_OTHER', ROLE],
    });
    expect(lines.find((line) => line.msg === 'report requested')).toMatchObject({
      principal: 'analytics',
      clientId: 'analytics',
    });
  });

  it('names a person by user_name rather than the client id', async () => {
    const { body } = await call(await issuer.mint({ authorities: [ROLE], userName: 'JSMITH_GEN' }));

    expect(body.caller?.principal).toBe('JSMITH_GEN');
  });

  it('answers 401 with a Bearer challenge when there is no token', async () => {
    expect(await call()).toEqual({
      status: 401,
      challenge: 'Bearer',
      body: { status: 401, userMessage: 'A bearer token is required' },
    });
  });

  it.each([
    ['expired', 'ERR_JWT_EXPIRED', () => issuer.mintExpired({ authorities: [ROLE] })],
    [
      'signed by another key',
      'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
      () => issuer.mintWithOtherKey({ authorities: [ROLE] }),
    ],
    [
      'from another issuer',
      'ERR_JWT_CLAIM_VALIDATION_FAILED',
      () => issuer.mint({ authorities: [ROLE], issuer: 'https://evil.example/auth/issuer' }),
    ],
    [
      'unsigned (alg none)',
      'ERR_JOSE_ALG_NOT_ALLOWED',
      async () => issuer.mintUnsigned({ authorities: [ROLE] }),
    ],
    ['HS256', 'ERR_JOSE_ALG_NOT_ALLOWED', () => issuer.mintHs256({ authorities: [ROLE] })],
    ['not a JWT at all', 'ERR_JWS_INVALID', async () => 'not-a-jwt'],
  ])('answers 401 for a token %s, and logs why (%s)', async (_case, code, mint) => {
    const { status, challenge } = await call(await mint());

    expect(status).toBe(401);
    expect(challenge).toBe('Bearer error="invalid_token"');
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'warn', msg: 'bearer token rejected', code }),
    );
  });

  it('answers 403 to a valid token without the role', async () => {
    const { status, body } = await call(await issuer.mint({ authorities: ['ROLE_PTPU_QUEUE_ADMIN'] }));

    expect(status).toBe(403);
    expect(body).toEqual({ status: 403, userMessage: `Role ${ROLE} is required` });
  });
});

describe('when the JWKS cannot be fetched', () => {
  it('answers a logged 503 rather than blaming the token', async () => {
    const issuer = await startTestTokenIssuer();
    const token = await issuer.mint({ authorities: [ROLE] });
    await issuer.close();
    const { logger, lines } = createCapturingLogger();
    const verifier = createJwtVerifier({
      oauthEndpointUrl: issuer.oauthEndpointUrl,
      issuer: issuer.issuer,
      logger,
    });
    const app = createOpsApp({
      info: { name: 'reports', version: '0' },
      health: [],
      registry: createMetricsRegistry(),
      logger,
    });
    app.use(new Router().get('/report', requireRole(ROLE, verifier), (ctx) => (ctx.body = 'ok')).routes());
    const server = await startHttpServer(app, 0, logger);

    const response = await fetch(`${server.url}/report`, { headers: { authorization: `Bearer ${token}` } });
    await server.close();

    expect(response.status).toBe(503);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', msg: 'request failed' }));
  });
});

describe('createJwksHealthComponent', () => {
  it('is UP with the key count while the JWKS is served, DOWN otherwise, and never counts for readiness', async () => {
    const issuer = await startTestTokenIssuer();
    const healthy = createJwksHealthComponent({ oauthEndpointUrl: issuer.oauthEndpointUrl });
    const misconfigured = createJwksHealthComponent({ oauthEndpointUrl: `${issuer.oauthEndpointUrl}/wrong` });

    const up = await healthy.check();
    const notFound = await misconfigured.check();
    await issuer.close();

    expect(healthy.readiness).toBe(false);
    expect(up).toEqual({
      status: 'UP',
      details: { url: `${issuer.oauthEndpointUrl}/.well-known/jwks.json`, keys: 1 },
    });
    expect(notFound).toMatchObject({ status: 'DOWN', details: { httpStatus: 404 } });
    await expect(healthy.check()).rejects.toThrow();
  });
});
