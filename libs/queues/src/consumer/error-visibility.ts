/** SQS refuses a visibility timeout above 12 hours. */
const MAX_VISIBILITY_SECONDS = 43_200;

/**
 * As hmpps-sqs's `errorVisibilityTimeout`: the back-off entry for the receive count, the last once the list runs
 * out, and 0 on the final receive, so SQS dead-letters it at the next receive, not after one more back-off.
 */
export function errorVisibilitySeconds(
  receiveCount: number,
  backoffMs: readonly number[],
  maxReceiveCount: number | undefined,
): number {
  if (maxReceiveCount !== undefined && receiveCount >= maxReceiveCount) return 0;
  if (backoffMs.length === 0) return 0;
  const index = Math.min(Math.max(receiveCount, 1), backoffMs.length) - 1;
  return Math.min(Math.ceil(backoffMs[index] / 1000), MAX_VISIBILITY_SECONDS);
}
