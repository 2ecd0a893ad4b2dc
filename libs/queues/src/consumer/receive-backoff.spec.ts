import { ReceiveBackoff } from './event-consumer';

async function waited(backoff: ReceiveBackoff): Promise<number> {
  const started = performance.now();
  await backoff.wait();
  return performance.now() - started;
}

describe('ReceiveBackoff', () => {
  it('when receives succeed, then polling is never paused', async () => {
    const backoff = new ReceiveBackoff();
    backoff.failed();
    backoff.succeeded();

    expect(await waited(backoff)).toBeLessThan(50);
  });

  it('when receives keep failing, then the pause doubles', async () => {
    const backoff = new ReceiveBackoff();
    backoff.failed();
    const first = await waited(backoff);
    backoff.failed();
    const second = await waited(backoff);

    expect(first).toBeGreaterThanOrEqual(190);
    expect(second).toBeGreaterThanOrEqual(390);
  });

  it('when cancelled during a pause, then the pause ends at once, and so do later ones until reset', async () => {
    const backoff = new ReceiveBackoff();
    for (let i = 0; i < 10; i++) backoff.failed();

    const pause = waited(backoff);
    backoff.cancel();

    expect(await pause).toBeLessThan(100);
    expect(await waited(backoff)).toBeLessThan(50);
    backoff.reset();
    expect(await waited(backoff)).toBeLessThan(50);
  });
});
