import type { HandledEventType, MessageStatus, Outcome } from '@ptpu/domain';

/** What one attempt did to one row: what the logs say and the admin endpoints answer. */
export interface RowResult {
  id: string;
  eventType: HandledEventType;
  outcome: Outcome['kind'];
  status: MessageStatus;
  /** After the attempt: a "try later" has added one. */
  retryCount: number;
  /** A dry run's Delius writes, withheld (`intendedWrites` of the row). */
  intendedWrites?: unknown[];
}

/**
 * What happened to one booking in a run: worked (every pending row attempted), left because another worker
 * holds its claim, or stopped part-way because the message table failed or the booking changed hands (the rows
 * not yet ended stay pending for the next run).
 */
export type BookingResult =
  | { bookingId: number; result: 'worked'; rows: RowResult[] }
  | { bookingId: number; result: 'claimed-elsewhere' }
  | { bookingId: number; result: 'stopped'; errorCode: string };
