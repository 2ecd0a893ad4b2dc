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
