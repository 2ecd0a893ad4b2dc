import type { MessageRow } from './message-row';

/** True once a row's `deleteBy` (its TTL) has passed: DynamoDB may still return it for up to about 48 hours. */
export function isExpired(row: Pick<MessageRow, 'deleteBy'>, now: Date): boolean {
  return row.deleteBy * 1000 <= now.getTime();
}

/**
 * The rows whose `deleteBy` has not passed. DynamoDB deletes expired items lazily, and a row past its TTL has
 * had all the retries it was meant to have, so it is not worked again.
 */
export function withoutExpiredRows<Row extends Pick<MessageRow, 'deleteBy'>>(
  rows: readonly Row[],
  now: Date,
): Row[] {
  return rows.filter((row) => !isExpired(row, now));
}
