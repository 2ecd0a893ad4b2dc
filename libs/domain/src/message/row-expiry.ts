import type { MessageRow } from './message-row';

/** True once a row's `deleteBy` (its TTL) has passed: DynamoDB may still return it for up to about 48 hours. */
export function isExpired(row: Pick<MessageRow, 'deleteBy'>, now: Date): boolean {
  return row.deleteBy * 1000 <= now.getTime();
}

/**
 * What a row still owes, if anything: recorded, unpublished domain events, or a Delius write (`writeIntent`)
 * that may have been applied unannounced. Such a row expiring loses an announcement.
 */
export function owedWorkOf(row: Pick<MessageRow, 'pendingEvents' | 'writeIntent'>): string | undefined {
  const owed = [row.pendingEvents !== undefined && 'events', row.writeIntent !== undefined && 'intent'];
  return owed.filter(Boolean).join(', ') || undefined;
}

/** The rows whose `deleteBy` has not passed: a row past its TTL has had all its retries. */
export function withoutExpiredRows<Row extends Pick<MessageRow, 'deleteBy'>>(
  rows: readonly Row[],
  now: Date,
): Row[] {
  return rows.filter((row) => !isExpired(row, now));
}
