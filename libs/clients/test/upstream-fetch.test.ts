import { SystemError } from '@ptpu/domain';
import { communityApiHandlers, hmppsAuthHandlers, prisonApiHandlers } from '../src/testing';
import { HmppsAuthTokenProvider } from '../src/auth/hmpps-auth-token-provider';
import { DEFAULT_RETRY_POLICY } from '../src/http/retry-policy';
import { createUpstreamFetch } from '../src/http/upstream-fetch';
import type { WriteGate } from '../src/http/write-gate';
import { urls, useFakeUpstreams } from './support/upstream-test-kit';

const { server, recorder } = useFakeUpstreams();
const prison = prisonApiHandlers(urls.prisonApi);
const community = communityApiHandlers(urls.communityApi);

describe('upstream fetch', () => {
  it("when the caller aborts an attempt, then it stops at once with the caller's reason", async () => {
    server.use(prison.getBooking(1200835, { delayMs: 5_000 }));
    const send = createUpstreamFetch({
      upstream: 'prison-api',
      timeoutMs: 10_000,
      retry: DEFAULT_RETRY_POLICY,
    });
    const caller = new AbortController();
    const started = performance.now();

    const pending = send(new Request(`${urls.prisonApi}/api/bookings/1200835`, { signal: caller.signal }));
    setTimeout(() => caller.abort(new Error('claim lost')), 50);

    await expect(pending).rejects.toThrow('claim lost');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("when the caller has already aborted, then it fails at once with the caller's reason", async () => {
    server.use(prison.getBooking(1200835));
    const send = createUpstreamFetch({
      upstream: 'prison-api',
      timeoutMs: 10_000,
      retry: DEFAULT_RETRY_POLICY,
    });

    const request = new Request(`${urls.prisonApi}/api/bookings/1200835`, {
      signal: AbortSignal.abort(new Error('stopping')),
    });

    await expect(send(request)).rejects.toThrow('stopping');
  });
});

describe('upstream fetch under a write gate', () => {
  const custodyUrl = `${urls.communityApi}/secure/offenders/nomsNumber/A5089DY/custody/bookingNumber/38339A`;
  const put = () =>
    new Request(custodyUrl, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nomsPrisonInstitutionCode: 'MDI' }),
    });

  /** A gate over a fake monotonic clock: `msLeft` is what is left of a lease that ends at `endsAt`. */
  function gateEndingAt(endsAt: () => number): WriteGate & { now: number } {
    const gate = {
      claimId: 'booking#1200835',
      owner: 'pod-a/processor/1',
      fence: 4,
      now: 0,
      msLeft: () => endsAt() - gate.now,
    };
    return gate;
  }

  const gatedFetch = (gate: WriteGate, timeoutMs = 10_000) =>
    createUpstreamFetch({
      upstream: 'community-api',
      timeoutMs,
      retry: DEFAULT_RETRY_POLICY,
      caller: 'pod-a',
      writes: gate,
    });

  const rejectionOf = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (err: unknown) => err,
    );

  it('when a PUT is made past its lease, then it is never sent, fails CLAIM.LEASE_PASSED, and a GET still goes', async () => {
    server.use(community.setCustodyLocation(), community.getCustody());
    const gate = gateEndingAt(() => 30_000);
    gate.now = 30_000; // the clock has reached the lease less margin

    const err = await rejectionOf(gatedFetch(gate)(put()));
    const read = await gatedFetch(gate)(new Request(custodyUrl));

    expect(err).toBeInstanceOf(SystemError);
    expect(err).toMatchObject({ code: 'CLAIM.LEASE_PASSED', retryable: true });
    expect(read.status).toBe(200);
    const sent = await recorder.all();
    expect(sent.map((r) => r.method)).toEqual(['GET']);
    expect(sent[0].headers.get('x-ptpu-caller')).toBe('pod-a');
    expect(sent[0].headers.get('x-ptpu-claim')).toBeNull();
  });

  it('when the lease holds, then the PUT is sent once with the claim and the caller named', async () => {
    server.use(community.setCustodyLocation());
    const gate = gateEndingAt(() => 30_000);

    const response = await gatedFetch(gate)(put());

    expect(response.status).toBe(200);
    const [sent, ...more] = await recorder.all();
    expect(more).toEqual([]);
    expect(sent.headers.get('x-ptpu-claim')).toBe('booking#1200835;fence=4;owner=pod-a/processor/1');
    expect(sent.headers.get('x-ptpu-caller')).toBe('pod-a');
  });

  it('when the lease passes while the token is being fetched, then the write is not sent', async () => {
    server.use(hmppsAuthHandlers(urls.auth).token({ delayMs: 50 }), community.setCustodyLocation());
    const gate = gateEndingAt(() => 30_000);
    const tokenProvider = new HmppsAuthTokenProvider({
      authUrl: urls.auth,
      clientId: 'ptpu-client',
      clientSecret: 'ptpu-secret',
      timeoutMs: 1_000,
    });
    const send = createUpstreamFetch({
      upstream: 'community-api',
      timeoutMs: 10_000,
      retry: DEFAULT_RETRY_POLICY,
      tokenProvider,
      writes: gate,
    });
    const expireDuringTokenCall = ({ request }: { request: Request }) => {
      if (request.url.includes('/oauth/token')) gate.now = 30_000;
    };
    server.events.on('request:start', expireDuringTokenCall);

    const err = await rejectionOf(send(put()));

    server.events.removeListener('request:start', expireDuringTokenCall);
    expect(err).toMatchObject({ code: 'CLAIM.LEASE_PASSED' });
    expect((await recorder.all()).map((r) => r.url.pathname)).toEqual(['/auth/oauth/token']);
  });

  it('when less of the lease is left than the timeout, then the write may take only what is left', async () => {
    server.use(community.setCustodyLocation('A5089DY', '38339A', { delayMs: 500 }));
    const gate = gateEndingAt(() => 30_000);
    gate.now = 30_000 - 100; // 100 ms of the lease left, of a 10 s timeout
    const started = performance.now();

    const err = await rejectionOf(gatedFetch(gate)(put()));

    expect(performance.now() - started).toBeLessThan(400);
    expect(err).toMatchObject({ code: 'CLAIM.LEASE_PASSED' });
  });

  it('when the timeout is shorter than what is left of the lease, then the timeout applies as ever', async () => {
    server.use(community.setCustodyLocation('A5089DY', '38339A', { delayMs: 500 }));
    const gate = gateEndingAt(() => 30_000);

    const err = await rejectionOf(gatedFetch(gate, 100)(put()));

    expect(err).toMatchObject({ name: 'TimeoutError' });
  });

  it('when a client may not write at all, then a PUT is refused unsent and a GET still goes', async () => {
    server.use(community.getCustody());
    const send = createUpstreamFetch({
      upstream: 'community-api',
      timeoutMs: 10_000,
      retry: DEFAULT_RETRY_POLICY,
      writes: 'refused',
    });

    const err = await rejectionOf(send(put()));
    await send(new Request(custodyUrl));

    expect(err).toMatchObject({ code: 'CLAIM.NO_WRITE_GATE', retryable: false });
    expect((await recorder.all()).map((r) => r.method)).toEqual(['GET']);
  });
});
