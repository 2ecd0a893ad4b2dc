import { setTimeout as sleep } from 'node:timers/promises';

const FIRST_DELAY_MS = 200;
const MAX_DELAY_MS = 10_000;

/**
 * Pauses the polling loop after failed receives, doubling up to 10 s, so an SQS outage is not hammered in a
 * tight loop (sqs-consumer polls again at once after most errors). Cancelled on shutdown.
 */
export class ReceiveBackoff {
  private failures = 0;
  private controller = new AbortController();

  failed(): void {
    this.failures += 1;
  }

  succeeded(): void {
    this.failures = 0;
  }

  /** Resolves at once after a success, otherwise after the back-off (or at once when cancelled). */
  async wait(): Promise<void> {
    if (this.failures === 0) return;
    const delay = Math.min(FIRST_DELAY_MS * 2 ** (this.failures - 1), MAX_DELAY_MS);
    // A cancelled pause rejects with an AbortError: that is its end, not a failure.
    await sleep(delay, undefined, { signal: this.controller.signal }).catch(() => undefined);
  }

  /** Ends any pause now and every later one. */
  cancel(): void {
    this.controller.abort();
  }

  reset(): void {
    this.failures = 0;
    this.controller = new AbortController();
  }
}
