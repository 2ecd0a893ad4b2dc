import type { HandledEventType, PrisonDomainEventType } from './event-type';
import type { MessageStatus } from './message-status';
import { pendingStateFor, type PendingState } from './pending-state';

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
