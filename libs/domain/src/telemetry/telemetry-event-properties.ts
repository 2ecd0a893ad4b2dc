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

/**
 * The properties of each event (reference section 8.2; dates `yyyy-MM-dd`, counts as decimal strings), so a
 * telemetry call that misspells or forgets a key does not compile.
 */
export interface TelemetryEventProperties {
  P2POffenderMatch: Props<
    'offenderNo' | 'bookingNumber' | 'matchedBy' | 'matches' | 'filtered_matches' | 'crns' | 'filtered_crns'
  >;
  P2POffenderNoMatch: Props<StatusChangeKeys | 'offenderNo' | 'crns'>;
  P2POffenderTooManyMatches: Props<StatusChangeKeys | 'offenderNo' | 'filtered_crns'>;
  P2POffenderNumberSet: Props<'offenderNo' | 'bookingNumber' | 'crn'>;
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
  P2PImprisonmentStatusUpdated: Props<StatusChangeBookingKeys>;
  P2PExternalMovement: Props<'bookingId' | 'movementSeq'>;
  /** Before the movement is read only its sequence is known; after, the movement describes itself. */
  P2PTransferIgnored: Props<'bookingId' | 'reason', 'movementSeq' | Exclude<TransferKeys, 'bookingId'>>;
  P2PTransferProbationUpdated: Props<TransferKeys | 'toAgencyDescription'>;
  P2PTransferProbationRecordNotFound: Props<TransferKeys>;
  P2PBookingNumberChanged: Props<'bookingId' | 'offenderNo' | 'oldOffenderNo' | 'crn'>;
  P2PBookingNumberChangedOffenderNotFound: Props<'bookingId' | 'offenderNo' | 'oldOffenderNo'>;
  /** New in this service: a dry run reached its first Delius write (the writes are on the row). */
  P2PDryRun: Props<'bookingId' | 'eventType'>;
  RetryDLQ: Props<'dlq-name' | 'messages-found' | 'messages-retried'>;
  PurgeQueue: Props<'queue-name' | 'messages-found'>;
}

/** A telemetry event with its properties checked against its name. */
export type TelemetryEvent = {
  [E in TelemetryEventName]: { name: E; properties: TelemetryEventProperties[E] };
}[TelemetryEventName];
