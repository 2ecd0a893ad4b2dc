import { pendingStateFor } from './pending-state';

describe('pendingStateFor', () => {
  it.each([
    [0, 'NEW'],
    [1, 'SHORT'],
    [4, 'SHORT'],
    [5, 'MEDIUM'],
    [10, 'MEDIUM'],
    [11, 'LONG'],
    [400, 'LONG'],
  ])('puts retryCount %d in %s', (count, state) => {
    expect(pendingStateFor(count)).toBe(state);
  });

  it.each([-1, 1.5, Number.NaN])('refuses retryCount %d', (count) => {
    expect(() => pendingStateFor(count)).toThrow(RangeError);
  });
});
