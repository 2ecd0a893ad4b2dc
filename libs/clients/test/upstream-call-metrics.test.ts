import { Registry } from 'prom-client';
import { createUpstreamCallMetrics, createUpstreamFetch, DEFAULT_RETRY_POLICY } from '../src';
import { communityApiHandlers, hmppsAuthHandlers, prisonApiHandlers } from '../src/testing';
import { buildClients, TIMEOUT_MS, urls, useFakeUpstreams } from './support/upstream-test-kit';

const { server } = useFakeUpstreams();
const prison = prisonApiHandlers(urls.prisonApi);
const auth = hmppsAuthHandlers(urls.auth);

const HISTOGRAM = 'ptpu_upstream_call_duration_seconds';

/** One upstream's `_count` (or `_sum`) per outcome, as the registry exposes it. */
async function seriesOf(registry: Registry, upstream: string, suffix: '_count' | '_sum') {
  const [histogram] = (await registry.getMetricsAsJSON()).filter((m) => m.name === HISTOGRAM);
  const values = (histogram?.values ?? []) as {
    metricName?: string;
    labels: Record<string, string | number>;
    value: number;
  }[];
  return Object.fromEntries(
    values
      .filter((v) => v.metricName === `${HISTOGRAM}${suffix}` && v.labels.upstream === upstream)
      .map((v) => [v.labels.outcome, v.value]),
  );
}

function clientsCountedOn(registry: Registry) {
  return buildClients({ calls: createUpstreamCallMetrics(registry) });
}

describe('upstream call metrics', () => {
  it.each([
    ['200', 1, {}, 'success', 1],
    ['404', 2, { status: 404 }, 'not_found', 1],
    ['500', 3, { status: 500 }, 'server_error', 1],
    ['too late', 4, { delayMs: TIMEOUT_MS * 4 }, 'timeout', 1],
    // A GET is tried three times after a dropped connection: each attempt is a call.
    ['not at all', 5, { networkError: true }, 'network_error', 3],
  ] as const)(
    'when prison-api answers %s, then each attempt is counted under its outcome',
    async (_answer, bookingId, answer, outcome, attempts) => {
      const registry = new Registry();
      const { prisonApi } = clientsCountedOn(registry);
      server.use(auth.token(), prison.getBooking(bookingId, answer));

      await prisonApi.getBooking(bookingId).catch(() => undefined);

      // Each case in a registry of its own, so one case's attempts are never another's.
      expect(await seriesOf(registry, 'prison-api', '_count')).toMatchObject({ [outcome]: attempts });
      if (outcome === 'timeout') {
        expect((await seriesOf(registry, 'prison-api', '_sum')).timeout).toBeGreaterThanOrEqual(
          (TIMEOUT_MS - 5) / 1000,
        );
      }
      expect(await seriesOf(registry, 'hmpps-auth', '_count')).toMatchObject({ success: 1 });
      expect(await seriesOf(registry, 'offender-search', '_count')).toMatchObject({ success: 0 });
    },
  );

  it('when HMPPS Auth refuses the credentials, then the token request counts against hmpps-auth and nothing is sent to prison-api', async () => {
    const registry = new Registry();
    const { prisonApi } = clientsCountedOn(registry);
    server.use(auth.token({ status: 401 }), prison.getBooking(1, {}));

    await expect(prisonApi.getBooking(1)).rejects.toThrow('could not get a token');

    expect(await seriesOf(registry, 'hmpps-auth', '_count')).toMatchObject({ client_error: 1, success: 0 });
    expect(Object.values(await seriesOf(registry, 'prison-api', '_count'))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('when a Delius write is refused for want of a claim, then only the read that was sent is counted', async () => {
    const registry = new Registry();
    const { communityApi } = clientsCountedOn(registry);
    const community = communityApiHandlers(urls.communityApi);
    server.use(auth.token(), community.getConvictions(), community.setNomsNumber());

    await communityApi.getConvictions('X142620');
    await expect(communityApi.setNomsNumber('X142620', 'A5089DY')).rejects.toThrow('not sent');

    expect(await seriesOf(registry, 'community-api', '_count')).toEqual({
      success: 1,
      not_found: 0,
      client_error: 0,
      server_error: 0,
      timeout: 0,
      network_error: 0,
      aborted: 0,
    });
  });

  it('when the caller gives up on an attempt, then it is counted as aborted, not as the upstream’s fault', async () => {
    const registry = new Registry();
    const send = createUpstreamFetch({
      upstream: 'prison-api',
      calls: createUpstreamCallMetrics(registry),
      timeoutMs: 10_000,
      retry: DEFAULT_RETRY_POLICY,
    });
    server.use(prison.getBooking(1, { delayMs: 5_000 }));

    const caller = new AbortController();
    const pending = send(new Request(`${urls.prisonApi}/api/bookings/1`, { signal: caller.signal }));
    setTimeout(() => caller.abort(new Error('stopping')), 20);
    await expect(pending).rejects.toThrow('stopping');

    expect(await seriesOf(registry, 'prison-api', '_count')).toMatchObject({ aborted: 1, timeout: 0 });
  });
});
