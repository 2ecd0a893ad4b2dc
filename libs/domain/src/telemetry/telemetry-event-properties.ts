import type { TelemetryEventName } from './telemetry-events';

type Props<K extends string, Optional extends string = never> = Record<K, string> &
  Partial<Record<Optional, string>>;

/** Every status-change event carries these, to tie it to its row. */
type StatusChangeKeys = 'bookingId' | 'imprisonmentStatusSeq';
/** The booking as status-change events describe it. */
type StatusChangeBookingKeys =
  StatusChangeKeys | 'offenderNo' | 'bookingNumber' | 'agencyId' | 'sentenceStartDate';
type TransferKeys =
  | 'bookingId'
  | 'movementType'
  | 'fromAgency'
  | 'toAgency'
  | 'offenderNo'
  | 'latestLocation'
  | 'convictedStatus';
type KeyDatesKeys = 'bookingId' | 'eventType' | 'offenderNo' | 'bookingNumber';
type WriteIntentKeys = 'bookingId' | 'eventType' | 'write' | 'crn' | 'offenderNo' | 'recordedAt';

/**
 * Each event's properties (dates `yyyy-MM-dd`, counts decimal), so a call that misspells or forgets a key
 * does not compile. "New": not in the original service.
 */
export interface TelemetryEventProperties {
  /** One per `/match`; `pass` (new) is `second` for the search asked again without the NOMS number. */
  P2POffenderMatch: Props<
    | 'offenderNo'
    | 'bookingNumber'
    | 'matchedBy'
    | 'matches'
    | 'filtered_matches'
    | 'crns'
    | 'filtered_crns'
    | 'pass'
  >;
  P2POffenderNoMatch: Props<StatusChangeKeys | 'offenderNo' | 'crns'>;
  P2POffenderTooManyMatches: Props<StatusChangeKeys | 'offenderNo' | 'filtered_crns'>;
  /** `oldOffenderNo` (new in this service) when the case held a number merged into the prisoner's. */
  P2POffenderNumberSet: Props<'offenderNo' | 'bookingNumber' | 'crn', 'oldOffenderNo'>;
  /** New: a candidate holds another prisoner's NOMS number. */
  P2PCandidateHoldsOtherNomsNumber: Props<'offenderNo' | 'bookingNumber' | 'crn' | 'heldNomsNumber'>;
  /** New (`NOMS_NUMBER_HELD_ELSEWHERE`): `crns` every holder known, empty when community-api said "several". */
  P2PNomsNumberHeldElsewhere: Props<
    StatusChangeKeys | 'offenderNo' | 'bookingNumber' | 'crn' | 'crns' | 'reason'
  >;
  /** New (`NOMS_NUMBER_HOLDER_AWAITS_SENTENCE`): `crn` is the prisoner's own case, with no sentence near yet. */
  P2PNomsNumberHolderAwaitsSentence: Props<StatusChangeKeys | 'offenderNo' | 'bookingNumber' | 'crn'>;
  P2PImprisonmentStatusNotSequenceZero: Props<StatusChangeKeys>;
  P2PImprisonmentStatusNoSentenceStartDate: Props<StatusChangeKeys>;
  /** An inactive booking gives the reason only; an uninterested prison also describes the booking. */
  P2PImprisonmentStatusIgnored: Props<
    StatusChangeKeys | 'reason',
    Exclude<StatusChangeBookingKeys, StatusChangeKeys>
  >;
  P2PBookingNumberNotAssigned: Props<StatusChangeBookingKeys>;
  P2PLocationNotUpdated: Props<StatusChangeBookingKeys>;
  P2PKeyDatesNotUpdated: Props<StatusChangeBookingKeys>;
  /** New (`BOOK_NUMBER_ON_TWO_CUSTODIES`); `custodySentenceStartDate` is `not present` if unknown. */
  P2PBookNumberOnTwoCustodies: Props<
    StatusChangeBookingKeys | 'crn' | 'custodySentenceStartDate' | 'olderCustodySentenceStartDate'
  >;
  P2PImprisonmentStatusUpdated: Props<StatusChangeBookingKeys>;
  /** New: `changed` lists the Delius codes written, e.g. `LED, EXP` (key-date events and status changes). */
  P2PKeyDatesUpdated: Props<KeyDatesKeys | 'changed'>;
  /** New: Delius already held every date NOMIS has. */
  P2PKeyDatesUnchanged: Props<KeyDatesKeys>;
  /** New: no custody in Delius for the NOMS and book number yet; the link will write the key dates. */
  P2PKeyDatesCaseNotLinked: Props<KeyDatesKeys>;
  /** New. */
  P2PKeyDatesIgnored: Props<'bookingId' | 'eventType' | 'reason'>;
  P2PExternalMovement: Props<'bookingId' | 'movementSeq'>;
  /** Before the movement is read only its sequence is known; after, the movement describes itself. */
  P2PTransferIgnored: Props<'bookingId' | 'reason', 'movementSeq' | Exclude<TransferKeys, 'bookingId'>>;
  P2PTransferProbationUpdated: Props<TransferKeys | 'toAgencyDescription'>;
  P2PTransferProbationRecordNotFound: Props<TransferKeys>;
  P2PBookingNumberChanged: Props<'bookingId' | 'offenderNo' | 'oldOffenderNo' | 'crn'>;
  P2PBookingNumberChangedOffenderNotFound: Props<'bookingId' | 'offenderNo' | 'oldOffenderNo'>;
  /** New: the merge was not sent (old number on several cases, or new one taken); `crns` the holders. */
  P2PBookingNumberChangedNotApplied: Props<'bookingId' | 'offenderNo' | 'oldOffenderNo' | 'reason' | 'crns'>;
  /** New: lookups settled a recorded NOMS number write; `result` is `applied`, `not-applied` or `unknown`. */
  P2PWriteIntentSettled: Props<WriteIntentKeys | 'result'>;
  /** New: a row kept for an unsettled write reached the limit and will expire with it. */
  P2PWriteIntentGivenUp: Props<WriteIntentKeys>;
  /** New: an expired row still owing (`owes`: `owedWorkOf`); `deleteBy` is ISO. */
  P2POwedWorkExpired: Props<'bookingId' | 'eventType' | 'rowId' | 'owes' | 'deleteBy'>;
  /** New: a dry run reached a Delius write (the writes are on the row). */
  P2PDryRun: Props<'bookingId' | 'eventType'>;
  RetryDLQ: Props<'dlq-name' | 'messages-found' | 'messages-retried'>;
  PurgeQueue: Props<'queue-name' | 'messages-found'>;
}

/** A telemetry event with its properties checked against its name. */
export type TelemetryEvent = {
  [E in TelemetryEventName]: { name: E; properties: TelemetryEventProperties[E] };
}[TelemetryEventName];
