/**
 * How idempotent reads are retried after a network error or a 502/503/504: a few times, with "full jitter"
 * exponential back-off, so a blip at the upstream does not fail a whole batch and a fleet of pods does not
 * retry in step.
 */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Back-off ceiling of the first retry, in ms; doubles per retry. */
  baseDelayMs: number;
  /** Cap of any single back-off, in ms. */
  maxDelayMs: number;
  /** Source of jitter in [0, 1). */
  random: () => number;
  /** Waits between attempts; tests may pass one that resolves at once. */
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 2,
  baseDelayMs: 100,
  maxDelayMs: 1000,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The wait before retry number `retry` (1-based). */
export function backOffDelay(policy: RetryPolicy, retry: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(policy.random() * ceiling);
}
