import { hostname } from 'node:os';
import {
  communityApiHandlers,
  hmppsAuthHandlers,
  offenderSearchHandlers,
  prisonApiHandlers,
} from '../src/testing';
import { buildClients, urls, useFakeUpstreams } from './support/upstream-test-kit';

const { server, recorder } = useFakeUpstreams();

describe('createUpstreamClients', () => {
  it('when the three upstreams are called, then they share one token and each goes to its own base URL', async () => {
    server.use(
      hmppsAuthHandlers(urls.auth).token(),
      prisonApiHandlers(urls.prisonApi).getBooking(1200835),
      offenderSearchHandlers(urls.offenderSearch).match(),
      communityApiHandlers(urls.communityApi).getConvictions('X142620'),
    );
    const { prisonApi, offenderSearch, communityApi } = buildClients();

    await prisonApi.getBooking(1200835);
    await offenderSearch.match({ surname: 'MARKE', activeSentence: true });
    await communityApi.getConvictions('X142620');

    const requests = await recorder.all();
    expect(requests.map((r) => r.url.origin + r.url.pathname)).toEqual([
      `${urls.auth}/oauth/token`,
      `${urls.prisonApi}/api/bookings/1200835`,
      `${urls.offenderSearch}/match`,
      `${urls.communityApi}/secure/offenders/crn/X142620/convictions`,
    ]);
    expect(requests.slice(1).map((r) => r.headers.get('authorization'))).toEqual(
      Array(3).fill('Bearer ABCDE'),
    );
  });

  it('when no caller name is given, then every request, the token request included, names the host as its caller', async () => {
    server.use(
      hmppsAuthHandlers(urls.auth).token(),
      prisonApiHandlers(urls.prisonApi).getBooking(1200835),
      offenderSearchHandlers(urls.offenderSearch).match(),
    );
    const { prisonApi, offenderSearch } = buildClients();

    await prisonApi.getBooking(1200835);
    await offenderSearch.match({ surname: 'MARKE', activeSentence: true });

    const requests = await recorder.all();
    expect(requests.map((r) => r.headers.get('x-ptpu-caller'))).toEqual(Array(3).fill(hostname()));
  });
});
