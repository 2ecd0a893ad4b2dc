import { hmppsAuthHandlers, offenderSearchHandlers, prisonApiHandlers } from '../src/testing';
import { upstreamClientsFromConfig } from '../src';
import { TIMEOUT_MS, urls, useFakeUpstreams } from './support/upstream-test-kit';

const { server, recorder } = useFakeUpstreams();

const config = {
  PRISON_ENDPOINT_URL: urls.prisonApi,
  OFFENDER_SEARCH_ENDPOINT_URL: urls.offenderSearch,
  COMMUNITY_ENDPOINT_URL: urls.communityApi,
  OAUTH_ENDPOINT_URL: urls.auth,
  OAUTH_CLIENT_ID: 'ptpu-client',
  OAUTH_CLIENT_SECRET: 'ptpu-secret',
  PTPU_HTTP_TIMEOUT: TIMEOUT_MS,
};

describe('upstreamClientsFromConfig', () => {
  it('when an upstream is called, then each variable is used for what it names', async () => {
    server.use(
      hmppsAuthHandlers(urls.auth).token(),
      prisonApiHandlers(urls.prisonApi).getBooking(1200835),
      offenderSearchHandlers(urls.offenderSearch).ping(),
    );
    const clients = upstreamClientsFromConfig(config, { now: () => new Date() });

    await clients.prisonApi.getBooking(1200835);
    await clients.health.offenderSearch();

    const [tokenRequest, bookingRequest, ping] = await recorder.all();
    const endpointOf = (request: typeof ping) => request.url.origin + request.url.pathname;
    expect(endpointOf(tokenRequest)).toBe(`${urls.auth}/oauth/token`);
    expect(tokenRequest.headers.get('authorization')).toBe(
      `Basic ${Buffer.from('ptpu-client:ptpu-secret').toString('base64')}`,
    );
    expect(endpointOf(bookingRequest)).toBe(`${urls.prisonApi}/api/bookings/1200835`);
    expect(endpointOf(ping)).toBe(`${urls.offenderSearch}/health/ping`);
  });
});
