/** Telemetry events and property keys, spelled once: the original's, so dashboards and queries still work. */
export const TELEMETRY_EVENTS = {
  offenderMatch: 'P2POffenderMatch',
  offenderNoMatch: 'P2POffenderNoMatch',
  offenderTooManyMatches: 'P2POffenderTooManyMatches',
  offenderNumberSet: 'P2POffenderNumberSet',
  candidateHoldsOtherNomsNumber: 'P2PCandidateHoldsOtherNomsNumber',
  nomsNumberHeldElsewhere: 'P2PNomsNumberHeldElsewhere',
  nomsNumberHolderAwaitsSentence: 'P2PNomsNumberHolderAwaitsSentence',
  imprisonmentStatusNotSequenceZero: 'P2PImprisonmentStatusNotSequenceZero',
  imprisonmentStatusNoSentenceStartDate: 'P2PImprisonmentStatusNoSentenceStartDate',
  imprisonmentStatusIgnored: 'P2PImprisonmentStatusIgnored',
  bookingNumberNotAssigned: 'P2PBookingNumberNotAssigned',
  locationNotUpdated: 'P2PLocationNotUpdated',
  keyDatesNotUpdated: 'P2PKeyDatesNotUpdated',
  bookNumberOnTwoCustodies: 'P2PBookNumberOnTwoCustodies',
  keyDatesUpdated: 'P2PKeyDatesUpdated',
  keyDatesUnchanged: 'P2PKeyDatesUnchanged',
  keyDatesCaseNotLinked: 'P2PKeyDatesCaseNotLinked',
  keyDatesIgnored: 'P2PKeyDatesIgnored',
  imprisonmentStatusUpdated: 'P2PImprisonmentStatusUpdated',
  externalMovement: 'P2PExternalMovement',
  transferIgnored: 'P2PTransferIgnored',
  transferProbationUpdated: 'P2PTransferProbationUpdated',
  transferProbationRecordNotFound: 'P2PTransferProbationRecordNotFound',
  bookingNumberChanged: 'P2PBookingNumberChanged',
  bookingNumberChangedOffenderNotFound: 'P2PBookingNumberChangedOffenderNotFound',
  bookingNumberChangedNotApplied: 'P2PBookingNumberChangedNotApplied',
  writeIntentSettled: 'P2PWriteIntentSettled',
  writeIntentGivenUp: 'P2PWriteIntentGivenUp',
  owedWorkExpired: 'P2POwedWorkExpired',
  dryRun: 'P2PDryRun',
  retryDlq: 'RetryDLQ',
  purgeQueue: 'PurgeQueue',
} as const;

export type TelemetryEventName = (typeof TELEMETRY_EVENTS)[keyof typeof TELEMETRY_EVENTS];

/** An absent optional id or code (`agencyId`, `fromAgency`, ...), as the original wrote it. */
export const TELEMETRY_NOT_PRESENT = 'not present';
