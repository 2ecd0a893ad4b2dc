/** SQS returns at most 10 messages per receive. */
const MAX_RECEIVE_BATCH = 10;

/**
 * Batches, one per poller, adding up to `concurrency` (the most messages in flight), as even as possible
 * (23 -> 8, 8, 7) so no poller waits long on a lone slow message while another idles.
 */
export function pollerBatchSizes(concurrency: number): number[] {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  const pollers = Math.ceil(concurrency / MAX_RECEIVE_BATCH);
  const base = Math.floor(concurrency / pollers);
  const remainder = concurrency % pollers;
  return Array.from({ length: pollers }, (_, i) => base + (i < remainder ? 1 : 0));
}
