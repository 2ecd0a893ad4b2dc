/** SQS refuses a visibility timeout above 12 hours. */
const MAX_VISIBILITY_SECONDS = 43_200;

/**
 * How long a message that failed for a transient reason stays hidden, as hmpps-sqs's `errorVisibilityTimeout`
 * does it: the back-off entry for its receive count (1 for the first), the last entry once the list runs out,
 * and 0 on the final receive (`maxReceiveCount` of the redrive policy), so SQS moves it to the DLQ at the next
 * receive instead of after one more back-off.
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
