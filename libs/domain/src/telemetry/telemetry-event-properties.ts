import type { TelemetryEventName } from './telemetry-events';

type Props<K extends string, Optional extends string = never> = Record<K, string> &
  Partial<Record<Optional, string>>;

/** Every status-change event carries these, so an event can be tied back to the row it came from. */
type StatusChangeKeys = 'bookingId' | 'imprisonmentStatusSeq';
/** The booking as the status-change events describe it (`agencyId` is `not present` when the booking has none). */
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

/** The booking whose key dates a key-date event or a status change brings into line. */
type KeyDatesKeys = 'bookingId' | 'eventType' | 'offenderNo' | 'bookingNumber';

/** A recorded Delius write whose domain events wait on what Delius is found to hold. */
type WriteIntentKeys = 'bookingId' | 'eventType' | 'write' | 'crn' | 'offenderNo' | 'recordedAt';

/**
 * The properties of each event (dates `yyyy-MM-dd`, counts as decimal strings), so a telemetry call that
 * misspells or forgets a key does not compile.
 */
export interface TelemetryEventProperties {
  /**
   * One per `/match` asked. `pass` (new in this service) is `first`, or `second` for the search asked again
   * without the NOMS number after a NOMS-number step found only cases that fail the rules; the last one decided.
   */
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
  /**
   * New in this service: a candidate case holds another NOMS number (`heldNomsNumber`, not one merged into the
   * prisoner's), so it is someone else's and is not matched.
   */
  P2PCandidateHoldsOtherNomsNumber: Props<'offenderNo' | 'bookingNumber' | 'crn' | 'heldNomsNumber'>;
  /**
   * New in this service (`NOMS_NUMBER_HELD_ELSEWHERE`): the matched case is `crn`, but the prisoner's number is
   * on another case (`crns`: every holder known; empty when community-api only said "several") and nothing
   * tells which is the prisoner's, so nothing is written until a person decides.
   */
  P2PNomsNumberHeldElsewhere: Props<
    StatusChangeKeys | 'offenderNo' | 'bookingNumber' | 'crn' | 'crns' | 'reason'
  >;
  /**
   * New in this service (`NOMS_NUMBER_HOLDER_AWAITS_SENTENCE`): the case holding the prisoner's number (`crn`)
   * agrees with NOMIS on PNC or CRO, so it is theirs, but has no sentence near the date yet; nothing is written.
   */
  P2PNomsNumberHolderAwaitsSentence: Props<StatusChangeKeys | 'offenderNo' | 'bookingNumber' | 'crn'>;
  P2PImprisonmentStatusNotSequenceZero: Props<StatusChangeKeys>;
  P2PImprisonmentStatusNoSentenceStartDate: Props<StatusChangeKeys>;
  /** An inactive booking gives the reason only; a prison outside the interested ones also describes the booking. */
  P2PImprisonmentStatusIgnored: Props<
    StatusChangeKeys | 'reason',
    Exclude<StatusChangeBookingKeys, StatusChangeKeys>
  >;
  P2PBookingNumberNotAssigned: Props<StatusChangeBookingKeys>;
  P2PLocationNotUpdated: Props<StatusChangeBookingKeys>;
  P2PKeyDatesNotUpdated: Props<StatusChangeBookingKeys>;
  /**
   * New in this service (`BOOK_NUMBER_ON_TWO_CUSTODIES`): the book number was set on the custody of this
   * sentence while an older custody (`olderCustodySentenceStartDate`) of `crn` still holds it, so Delius finds
   * no single custody for it. `custodySentenceStartDate` is the custody set, `not present` if unknown.
   */
  P2PBookNumberOnTwoCustodies: Props<
    StatusChangeBookingKeys | 'crn' | 'custodySentenceStartDate' | 'olderCustodySentenceStartDate'
  >;
  P2PImprisonmentStatusUpdated: Props<StatusChangeBookingKeys>;
  /**
   * New in this service: the key dates were written, changing only `changed` (Delius codes, e.g. `LED, EXP`):
   * the dates NOMIS has that Delius held otherwise or not at all. Emitted by the key-date events and by a status
   * change that wrote key dates.
   */
  P2PKeyDatesUpdated: Props<KeyDatesKeys | 'changed'>;
  /** New in this service: a key-date event found Delius already holding every date NOMIS has; nothing written. */
  P2PKeyDatesUnchanged: Props<KeyDatesKeys>;
  /**
   * New in this service: a key-date event found no custody in Delius for the NOMS number and book number
   * (nobody holds the number yet, or no custody the book number); the row waits for the link, which writes the
   * key dates itself.
   */
  P2PKeyDatesCaseNotLinked: Props<KeyDatesKeys>;
  /** New in this service: a key-date event for a booking that is no longer active or in an interested prison. */
  P2PKeyDatesIgnored: Props<'bookingId' | 'eventType' | 'reason'>;
  P2PExternalMovement: Props<'bookingId' | 'movementSeq'>;
  /** Before the movement is read only its sequence is known; after, the movement describes itself. */
  P2PTransferIgnored: Props<'bookingId' | 'reason', 'movementSeq' | Exclude<TransferKeys, 'bookingId'>>;
  P2PTransferProbationUpdated: Props<TransferKeys | 'toAgencyDescription'>;
  P2PTransferProbationRecordNotFound: Props<TransferKeys>;
  P2PBookingNumberChanged: Props<'bookingId' | 'offenderNo' | 'oldOffenderNo' | 'crn'>;
  P2PBookingNumberChangedOffenderNotFound: Props<'bookingId' | 'offenderNo' | 'oldOffenderNo'>;
  /**
   * New in this service: the merge was not sent because the old number is on several cases, or the new one is
   * already on a case (`crns`: the holders known); the probation team resolves the records.
   */
  P2PBookingNumberChangedNotApplied: Props<'bookingId' | 'offenderNo' | 'oldOffenderNo' | 'reason' | 'crns'>;
  /**
   * New in this service: an earlier attempt recorded a NOMS number write (`write`: `setNomsNumber` or
   * `replaceNomsNumber`, for case `crn`, giving it `offenderNo`) that may have been sent, and lookups settled
   * it: `result` is `applied` (its domain event is published now), `not-applied` (forgotten, decided afresh)
   * or `unknown` (kept; the row waits).
   */
  P2PWriteIntentSettled: Props<WriteIntentKeys | 'result'>;
  /** New in this service: a row kept for an unsettled write reached the limit and will expire with it. */
  P2PWriteIntentGivenUp: Props<WriteIntentKeys>;
  /**
   * New in this service: a row past its `deleteBy` that still owes domain events or holds a write intent, met
   * by a run (which no longer works it). `owes` is `events`, `intent` or `events, intent`; `deleteBy` is ISO.
   */
  P2POwedWorkExpired: Props<'bookingId' | 'eventType' | 'rowId' | 'owes' | 'deleteBy'>;
  /** New in this service: a dry run reached its first Delius write (the writes are on the row). */
  P2PDryRun: Props<'bookingId' | 'eventType'>;
  RetryDLQ: Props<'dlq-name' | 'messages-found' | 'messages-retried'>;
  PurgeQueue: Props<'queue-name' | 'messages-found'>;
}

/** A telemetry event with its properties checked against its name. */
export type TelemetryEvent = {
  [E in TelemetryEventName]: { name: E; properties: TelemetryEventProperties[E] };
}[TelemetryEventName];
