import { backOffDelay, DEFAULT_RETRY_POLICY } from './retry-policy';

describe('backOffDelay', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };

  it.each([
    [1, 100],
    [2, 200],
    [3, 400],
    [5, 1000],
  ])('caps retry %d at %d ms', (retry, ceiling) => {
    expect(backOffDelay({ ...policy, random: () => 0.999999 }, retry)).toBe(ceiling - 1);
  });

  it('spreads the wait over the whole range so pods do not retry in step', () => {
    expect(backOffDelay({ ...policy, random: () => 0 }, 3)).toBe(0);
    expect(backOffDelay({ ...policy, random: () => 0.5 }, 3)).toBe(200);
  });
});
