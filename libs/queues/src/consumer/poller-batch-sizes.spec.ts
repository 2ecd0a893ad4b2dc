import { pollerBatchSizes } from './poller-batch-sizes';

describe('pollerBatchSizes', () => {
  it.each([
    [1, [1]],
    [10, [10]],
    [11, [6, 5]],
    [20, [10, 10]],
    [23, [8, 8, 7]],
  ])('when the concurrency is %d, then the pollers receive %j', (concurrency, sizes) => {
    expect(pollerBatchSizes(concurrency)).toEqual(sizes);
  });

  it('never asks SQS for more than 10 at once and never exceeds the concurrency', () => {
    for (let concurrency = 1; concurrency <= 100; concurrency++) {
      const sizes = pollerBatchSizes(concurrency);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(10);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(concurrency);
    }
  });

  it('refuses a concurrency below 1', () => {
    expect(() => pollerBatchSizes(0)).toThrow(RangeError);
  });
});
