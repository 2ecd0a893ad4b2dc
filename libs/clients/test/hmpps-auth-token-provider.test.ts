import { FixedClock } from '@ptpu/domain/testing';
import { HmppsAuthTokenProvider } from '../src';
import { hmppsAuthHandlers, prisonApiHandlers, sampleTokenResponse } from '../src/testing';
import {
  buildClients,
  expectSystemError,
  TIMEOUT_MS,
  urls,
  useFakeUpstreams,
} from './support/upstream-test-kit';

const { server, recorder } = useFakeUpstreams();
const auth = hmppsAuthHandlers(urls.auth);
const tokenPath = '/auth/oauth/token';

function tokenProvider(clock = new FixedClock()) {
  return new HmppsAuthTokenProvider({
    authUrl: urls.auth,
    clientId: 'ptpu-client',
    clientSecret: 'ptpu-secret',
    timeoutMs: TIMEOUT_MS,
    clock,
  });
}

describe('HmppsAuthTokenProvider', () => {
  it('when asked for a token, then it posts client credentials with HTTP Basic and a form body', async () => {
    server.use(auth.token());
    expect(await tokenProvider().getToken()).toBe('ABCDE');

    const [request] = await recorder.to(tokenPath);
    expect(request.method).toBe('POST');
    expect(request.url.search).toBe('');
    expect(request.headers.get('authorization')).toBe(
      `Basic ${Buffer.from('ptpu-client:ptpu-secret').toString('base64')}`,
    );
    expect(request.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({
      grant_type: 'client_credentials',
    });
  });

  it('when 20 calls need a token at once, then they share one token request', async () => {
    server.use(auth.token({ delayMs: 20 }), prisonApiHandlers(urls.prisonApi).getBooking(1200835));
    const { prisonApi } = buildClients();

    const results = await Promise.all(Array.from({ length: 20 }, () => prisonApi.getBooking(1200835)));

    expect(results.every((r) => r.kind === 'ok')).toBe(true);
    expect(await recorder.to(tokenPath)).toHaveLength(1);
    const bookings = await recorder.to('/api/bookings/1200835');
    expect(bookings).toHaveLength(20);
    expect(new Set(bookings.map((b) => b.headers.get('authorization')))).toEqual(new Set(['Bearer ABCDE']));
  });

  it('when the token is within 60 s of expiring, then the next call fetches a new one', async () => {
    const clock = new FixedClock('2026-01-15T10:00:00.000Z');
    server.use(
      auth.token([
        { body: sampleTokenResponse({ access_token: 'first', expires_in: 1200 }) },
        { body: sampleTokenResponse({ access_token: 'second', expires_in: 1200 }) },
      ]),
    );
    const provider = tokenProvider(clock);

    expect(await provider.getToken()).toBe('first');
    clock.advance(1139_000);
    expect(await provider.getToken()).toBe('first');
    clock.advance(1_000);
    expect(await provider.getToken()).toBe('second');
    expect(await recorder.to(tokenPath)).toHaveLength(2);
  });

  it('when invalidated, then the cached token is not used again', async () => {
    server.use(
      auth.token([
        { body: sampleTokenResponse({ access_token: 'first' }) },
        { body: sampleTokenResponse({ access_token: 'second' }) },
      ]),
    );
    const provider = tokenProvider();
    await provider.getToken();
    provider.invalidate();
    expect(await provider.getToken()).toBe('second');
  });

  it('when an upstream answers 401, then the token is fetched again for the next call', async () => {
    const prison = prisonApiHandlers(urls.prisonApi);
    server.use(
      auth.token([
        { body: sampleTokenResponse({ access_token: 'revoked' }) },
        { body: sampleTokenResponse({ access_token: 'fresh' }) },
      ]),
      prison.getBooking(1200835, [{ status: 401 }, {}]),
    );
    const { prisonApi } = buildClients();

    await expectSystemError(prisonApi.getBooking(1200835), { details: { status: 401 }, retryable: true });
    expect(await prisonApi.getBooking(1200835)).toMatchObject({ kind: 'ok' });
    const bookings = await recorder.to('/api/bookings/1200835');
    expect(bookings.map((b) => b.headers.get('authorization'))).toEqual(['Bearer revoked', 'Bearer fresh']);
  });

  it.each([
    ['wrong credentials (401)', { status: 401, body: { error: 'invalid_client' } }, 'UPSTREAM.HTTP_STATUS'],
    ['an auth outage (500)', { status: 500 }, 'UPSTREAM.HTTP_STATUS'],
    ['a timeout', { delayMs: TIMEOUT_MS * 4 }, 'UPSTREAM.TIMEOUT'],
    ['a dropped connection', { networkError: true }, 'UPSTREAM.NETWORK'],
    [
      'a body without access_token',
      { body: { token_type: 'bearer', expires_in: 1200 } },
      'UPSTREAM.INVALID_RESPONSE',
    ],
  ])(
    'when the token request fails with %s, then it throws a retryable AUTH.TOKEN error',
    async (_, reply, reason) => {
      server.use(auth.token(reply));
      await expectSystemError(tokenProvider().getToken(), {
        code: 'AUTH.TOKEN',
        retryable: true,
        details: { upstream: 'hmpps-auth', operation: 'getToken', reason },
      });
    },
  );

  it('when the token request fails, then the upstream call fails with AUTH.TOKEN and is never sent', async () => {
    server.use(auth.token({ status: 503 }));
    const { prisonApi } = buildClients();
    await expectSystemError(prisonApi.getBooking(1200835), { code: 'AUTH.TOKEN', retryable: true });
    expect(await recorder.to('/api/bookings/1200835')).toHaveLength(0);
  });

  it('when a token request failed, then the next caller tries again rather than sharing the failure', async () => {
    server.use(auth.token([{ status: 500 }, {}]));
    const provider = tokenProvider();
    await expect(provider.getToken()).rejects.toMatchObject({ code: 'AUTH.TOKEN' });
    expect(await provider.getToken()).toBe('ABCDE');
  });
});
