import { ConfigError } from '@ptpu/platform';
import { checkLeaseFits } from './lease-fits';

const problemsOf = (config: { PTPU_LOCK_LEASE: number; PTPU_HTTP_TIMEOUT: number }): string[] => {
  try {
    checkLeaseFits(config);
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems.map((p) => `${p.key}: ${p.problem}`);
  }
};

describe('checkLeaseFits', () => {
  it('when the lease is the production one, then it fits a Delius write and a renewal with room to spare', () => {
    expect(problemsOf({ PTPU_LOCK_LEASE: 120_000, PTPU_HTTP_TIMEOUT: 10_000 })).toEqual([]);
  });

  it('when one Delius write could outlast the lease less the margin, then start-up is refused saying which values and why', () => {
    // 20 s lease: a 2 s margin, so 18 s are left; a 30 s write does not fit, a 9 s renewal does.
    expect(problemsOf({ PTPU_LOCK_LEASE: 20_000, PTPU_HTTP_TIMEOUT: 30_000 })).toEqual([
      "PTPU_LOCK_LEASE: 20000ms must exceed one Delius write (PTPU_HTTP_TIMEOUT 30000ms) plus the write gate's " +
        'safety margin (2000ms): a write under a claim may take only what is left of the lease',
    ]);
  });

  it('when a write just fits, then it passes, and a millisecond more does not', () => {
    expect(problemsOf({ PTPU_LOCK_LEASE: 20_000, PTPU_HTTP_TIMEOUT: 17_999 })).toEqual([]);
    expect(problemsOf({ PTPU_LOCK_LEASE: 20_000, PTPU_HTTP_TIMEOUT: 18_000 })).toHaveLength(1);
  });

  it('when a lease renewal with its retries could outlast the lease, then start-up is refused for that too', () => {
    // DynamoDB: 3 attempts of 2 s and back-offs of up to 1 s and 2 s make 9 s; 5 s lease less 500 ms margin.
    expect(problemsOf({ PTPU_LOCK_LEASE: 5_000, PTPU_HTTP_TIMEOUT: 1_000 })).toEqual([
      "PTPU_LOCK_LEASE: 5000ms must exceed the longest lease renewal (9000ms: DynamoDB's request timeout x " +
        "attempts + back-off) plus the write gate's safety margin (500ms), or a slow renewal lets the lease lapse",
    ]);
  });
});
