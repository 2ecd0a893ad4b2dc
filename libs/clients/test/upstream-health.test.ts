import {
  communityApiHandlers,
  hmppsAuthHandlers,
  offenderSearchHandlers,
  prisonApiHandlers,
} from '../src/testing';
import { buildClients, TIMEOUT_MS, urls, useFakeUpstreams } from './support/upstream-test-kit';

const { server, recorder } = useFakeUpstreams();

describe('upstream health checks', () => {
  it('when every upstream answers its ping, then each is UP, asked without a token', async () => {
    server.use(
      prisonApiHandlers(urls.prisonApi).ping(),
      offenderSearchHandlers(urls.offenderSearch).ping(),
      communityApiHandlers(urls.communityApi).ping(),
      hmppsAuthHandlers(urls.auth).ping(),
    );
    const { health } = buildClients();

    const results = await Promise.all([
      health.prisonApi(),
      health.offenderSearch(),
      health.communityApi(),
      health.hmppsAuth(),
    ]);

    expect(results).toEqual([
      { status: 'UP', details: { url: `${urls.prisonApi}/health/ping`, httpStatus: 200 } },
      { status: 'UP', details: { url: `${urls.offenderSearch}/health/ping`, httpStatus: 200 } },
      { status: 'UP', details: { url: `${urls.communityApi}/health/ping`, httpStatus: 200 } },
      { status: 'UP', details: { url: `${urls.auth}/health/ping`, httpStatus: 200 } },
    ]);
    const pings = await recorder.all();
    expect(pings).toHaveLength(4);
    expect(pings.every((p) => p.method === 'GET' && !p.headers.has('authorization'))).toBe(true);
  });

  it('when an upstream answers 503, then it is DOWN with the status', async () => {
    server.use(prisonApiHandlers(urls.prisonApi).ping({ status: 503, body: { status: 'DOWN' } }));
    expect(await buildClients().health.prisonApi()).toEqual({
      status: 'DOWN',
      details: { url: `${urls.prisonApi}/health/ping`, httpStatus: 503 },
    });
  });

  it('when an upstream is slower than the health timeout, then it is DOWN with the timeout code and the error as its cause', async () => {
    server.use(communityApiHandlers(urls.communityApi).ping({ delayMs: 200 }));
    const { health } = buildClients({ healthTimeoutMs: 50 });
    expect(await health.communityApi()).toEqual({
      status: 'DOWN',
      details: { url: `${urls.communityApi}/health/ping`, errorCode: 'UPSTREAM.TIMEOUT' },
      cause: expect.objectContaining({ code: 'UPSTREAM.TIMEOUT' }),
    });
  });

  it('when the connection fails, then it is DOWN with the network code, no message, and does not throw', async () => {
    server.use(offenderSearchHandlers(urls.offenderSearch).ping({ networkError: true }));
    const result = await buildClients({ timeoutMs: TIMEOUT_MS }).health.offenderSearch();
    expect(result).toEqual({
      status: 'DOWN',
      details: { url: `${urls.offenderSearch}/health/ping`, errorCode: 'UPSTREAM.NETWORK' },
      cause: expect.any(Error),
    });
  });
});
