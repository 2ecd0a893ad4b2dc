import { errorVisibilitySeconds } from './error-visibility';

const DEFAULT_BACKOFF = [0, 30_000, 120_000, 600_000];

describe('errorVisibilitySeconds', () => {
  it.each([
    [1, 0],
    [2, 30],
    [3, 120],
    [4, 600],
    [9, 600],
  ])(
    'when receive %d fails (no redrive limit in sight), then it is hidden for %d s',
    (receiveCount, seconds) => {
      expect(errorVisibilitySeconds(receiveCount, DEFAULT_BACKOFF, 100)).toBe(seconds);
    },
  );

  it('when the final receive fails, then it becomes visible at once so SQS dead-letters it', () => {
    expect(errorVisibilitySeconds(3, DEFAULT_BACKOFF, 3)).toBe(0);
    expect(errorVisibilitySeconds(2, DEFAULT_BACKOFF, 3)).toBe(30);
  });

  it('when the queue has no redrive policy, then the back-off list alone decides', () => {
    expect(errorVisibilitySeconds(50, DEFAULT_BACKOFF, undefined)).toBe(600);
  });

  it('when a duration is not whole seconds, then it is rounded up (SQS takes seconds)', () => {
    expect(errorVisibilitySeconds(1, [1_500], undefined)).toBe(2);
  });

  it('when the receive count is missing (read as 0), then it counts as the first receive', () => {
    expect(errorVisibilitySeconds(0, [5_000, 60_000], 5)).toBe(5);
  });
});
