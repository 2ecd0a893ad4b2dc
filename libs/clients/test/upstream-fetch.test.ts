import { prisonApiHandlers } from '../src/testing';
import { DEFAULT_RETRY_POLICY } from '../src/http/retry-policy';
import { createUpstreamFetch } from '../src/http/upstream-fetch';
import { urls, useFakeUpstreams } from './support/upstream-test-kit';

const { server } = useFakeUpstreams();
const prison = prisonApiHandlers(urls.prisonApi);

describe('upstream fetch', () => {
  it("when the caller aborts an attempt, then it stops at once with the caller's reason", async () => {
    server.use(prison.getBooking(1200835, { delayMs: 5_000 }));
    const send = createUpstreamFetch({ timeoutMs: 10_000, retry: DEFAULT_RETRY_POLICY });
    const caller = new AbortController();
    const started = performance.now();

    const pending = send(new Request(`${urls.prisonApi}/api/bookings/1200835`, { signal: caller.signal }));
    setTimeout(() => caller.abort(new Error('claim lost')), 50);

    await expect(pending).rejects.toThrow('claim lost');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("when the caller has already aborted, then it fails at once with the caller's reason", async () => {
    server.use(prison.getBooking(1200835));
    const send = createUpstreamFetch({ timeoutMs: 10_000, retry: DEFAULT_RETRY_POLICY });

    const request = new Request(`${urls.prisonApi}/api/bookings/1200835`, {
      signal: AbortSignal.abort(new Error('stopping')),
    });

    await expect(send(request)).rejects.toThrow('stopping');
  });
});
