/**
 * The custom telemetry events this service emits and their property keys, spelled once (docs/architecture.md,
 * Outcomes and statuses). The original service's names and keys are kept, so existing Application Insights
 * queries and dashboards keep working; the events it did not have are marked in `TelemetryEventProperties`.
 * Every property value is a string.
 */
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

export const TELEMETRY_PROPERTIES = {
  bookingId: 'bookingId',
  bookingNumber: 'bookingNumber',
  offenderNo: 'offenderNo',
  oldOffenderNo: 'oldOffenderNo',
  imprisonmentStatusSeq: 'imprisonmentStatusSeq',
  movementSeq: 'movementSeq',
  eventType: 'eventType',
  reason: 'reason',
  agencyId: 'agencyId',
  sentenceStartDate: 'sentenceStartDate',
  custodySentenceStartDate: 'custodySentenceStartDate',
  olderCustodySentenceStartDate: 'olderCustodySentenceStartDate',
  heldNomsNumber: 'heldNomsNumber',
  changed: 'changed',
  pass: 'pass',
  write: 'write',
  recordedAt: 'recordedAt',
  result: 'result',
  rowId: 'rowId',
  owes: 'owes',
  deleteBy: 'deleteBy',
  crn: 'crn',
  crns: 'crns',
  filteredCrns: 'filtered_crns',
  matchedBy: 'matchedBy',
  matches: 'matches',
  filteredMatches: 'filtered_matches',
  movementType: 'movementType',
  fromAgency: 'fromAgency',
  toAgency: 'toAgency',
  toAgencyDescription: 'toAgencyDescription',
  latestLocation: 'latestLocation',
  convictedStatus: 'convictedStatus',
  dlqName: 'dlq-name',
  queueName: 'queue-name',
  messagesFound: 'messages-found',
  messagesRetried: 'messages-retried',
} as const;

export type TelemetryPropertyKey = (typeof TELEMETRY_PROPERTIES)[keyof typeof TELEMETRY_PROPERTIES];

/** The value of an optional id or code that is absent (`agencyId`, `fromAgency`, ...), as the original wrote it. */
export const TELEMETRY_NOT_PRESENT = 'not present';
