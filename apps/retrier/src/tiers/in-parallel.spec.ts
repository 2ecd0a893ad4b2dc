import { inParallel } from './in-parallel';

/** Work that finishes when the test says so, recording how many run at once. */
function gatedWork() {
  const gates = new Map<number, () => void>();
  let running = 0;
  let mostAtOnce = 0;
  const work = (item: number) =>
    new Promise<number>((resolve) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      gates.set(item, () => {
        running -= 1;
        resolve(item * 10);
      });
    });
  const settle = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    [...gates.values()].forEach((open) => open());
    gates.clear();
  };
  return { work, settle, started: () => [...gates.keys()], mostAtOnce: () => mostAtOnce };
}

describe('inParallel', () => {
  it('when there are more items than the limit, then no more than the limit run at once and all complete', async () => {
    const gated = gatedWork();
    const all = inParallel([1, 2, 3, 4, 5], 2, gated.work);
    for (let round = 0; round < 3; round += 1) await gated.settle();

    await expect(all).resolves.toEqual(expect.arrayContaining([10, 20, 30, 40, 50]));
    expect(gated.mostAtOnce()).toBe(2);
  });

  it('when the signal is aborted, then no further item starts and those started finish', async () => {
    const gated = gatedWork();
    const controller = new AbortController();
    const all = inParallel([1, 2, 3, 4], 2, gated.work, controller.signal);
    await new Promise((resolve) => setImmediate(resolve));
    expect(gated.started()).toEqual([1, 2]);

    controller.abort();
    await gated.settle();

    await expect(all).resolves.toEqual([10, 20]);
  });

  it('when there is nothing to do, then it resolves with nothing', async () => {
    await expect(inParallel([], 3, async () => 1)).resolves.toEqual([]);
  });
});
