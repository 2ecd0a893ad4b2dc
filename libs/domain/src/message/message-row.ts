import type { HandledEventType, PrisonDomainEventType } from './event-type';

/** A stored prison event (docs/architecture.md, Tables and indexes); the store derives index attributes. */
export interface MessageRow {
  /** The SNS MessageId: stored once, whatever the number of deliveries. */
  id: string;
  bookingId: number;
  // The booking as it was when the event was stored; reports read these columns.
  offenderNo?: string;
  bookingNo?: string;
  locationId?: string;
  locationDescription?: string;
  recall?: boolean;
  legalStatus?: string;
  eventType: HandledEventType;
  /** Set when the event came as an HMPPS domain event (`eventType` is then its classic twin). */
  receivedAs?: PrisonDomainEventType;
  /** The inner event JSON, verbatim. */
  message: string;
  /** `toISOString()`. */
  createdDate: string;
  /** `toISOString()`; absent while pending. */
  processedDate?: string;
  retryCount: number;
  /** TTL in epoch seconds. */
  deleteBy: number;
  status: MessageStatus;
  /** `joinCrns` of the outcome's CRNs. */
  matchingCrns?: string;
  /** While waiting: the cases whose change in Delius works it at once (`", "`-joined, sorted). */
  watchedCrns?: string;
  /** Dry run only: the Delius writes that would have been made (JSON). */
  intendedWrites?: string;
  /** Domain events recorded but not yet published (JSON). */
  pendingEvents?: string;
  /** The fault behind the row's last `ERROR` (`errorSummaryOf`), kept after later attempts for the operator. */
  lastError?: string;
  /** A Delius write that may have been sent and whose events are not yet owed (JSON `WriteIntent`). */
  writeIntent?: string;
}

export function isPending(row: Pick<MessageRow, 'processedDate'>): boolean {
  return row.processedDate === undefined;
}

/** Derived for the `pending-by-state` index; undefined once processed. */
export function pendingStateOf(
  row: Pick<MessageRow, 'processedDate' | 'retryCount'>,
): PendingState | undefined {
  return isPending(row) ? pendingStateFor(row.retryCount) : undefined;
}

/**
 * A row's `status` (docs/architecture.md, Outcomes and statuses): `VALIDATED` when the validator stores it,
 * then the result of each attempt.
 */
export const MESSAGE_STATUSES = [
  'VALIDATED',
  'COMPLETED',
  'NO_LONGER_VALID',
  'SUPERSEDED',
  'DRY_RUN',
  'ERROR',
  'NO_MATCH',
  'NO_MATCH_WITH_SENTENCE_DATE',
  'TOO_MANY_MATCHES',
  'BOOKING_NUMBER_NOT_ASSIGNED',
  'LOCATION_NOT_UPDATED',
  'KEY_DATES_NOT_UPDATED',
  'NOMS_NUMBER_HELD_ELSEWHERE',
  'NOMS_NUMBER_HOLDER_AWAITS_SENTENCE',
  'BOOK_NUMBER_ON_TWO_CUSTODIES',
  'WRITE_UNCONFIRMED',
] as const;

export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** Statuses that end a row's life ("done"): it gets a `processedDate` and leaves the pending indexes. */
export type DoneStatus = Extract<MessageStatus, 'COMPLETED' | 'NO_LONGER_VALID' | 'SUPERSEDED' | 'DRY_RUN'>;

/** Every other attempt's status leaves the row pending for the retrier ("try later"). */
export type TryLaterStatus = Exclude<MessageStatus, DoneStatus | 'VALIDATED'>;

export function isMessageStatus(value: string): value is MessageStatus {
  return (MESSAGE_STATUSES as readonly string[]).includes(value);
}

/** Where a pending row waits: `NEW` until its first attempt, then its retry tier. */
export type PendingState = 'NEW' | 'SHORT' | 'MEDIUM' | 'LONG';
export type RetryTier = Exclude<PendingState, 'NEW'>;

export const RETRY_TIERS: readonly RetryTier[] = ['SHORT', 'MEDIUM', 'LONG'];

/** The single place that maps a retry count to its index partition: 1-4 short, 5-10 medium, 11+ long. */
export function pendingStateFor(retryCount: number): PendingState {
  if (!Number.isInteger(retryCount) || retryCount < 0) {
    throw new RangeError(`retryCount must be a non-negative integer, got ${retryCount}`);
  }
  if (retryCount === 0) return 'NEW';
  if (retryCount <= 4) return 'SHORT';
  if (retryCount <= 10) return 'MEDIUM';
  return 'LONG';
}

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
