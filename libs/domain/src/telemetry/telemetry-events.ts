/**
 * The custom telemetry events this service emits and their property keys, spelled once (reference section
 * 8.2, architecture.md section 3.4). The names and keys are the original service's, so existing Application
 * Insights queries and dashboards keep working. Every property value is a string.
 */
export const TELEMETRY_EVENTS = {
  offenderMatch: 'P2POffenderMatch',
  offenderNoMatch: 'P2POffenderNoMatch',
  offenderTooManyMatches: 'P2POffenderTooManyMatches',
  offenderNumberSet: 'P2POffenderNumberSet',
  imprisonmentStatusNotSequenceZero: 'P2PImprisonmentStatusNotSequenceZero',
  imprisonmentStatusNoSentenceStartDate: 'P2PImprisonmentStatusNoSentenceStartDate',
  imprisonmentStatusIgnored: 'P2PImprisonmentStatusIgnored',
  bookingNumberNotAssigned: 'P2PBookingNumberNotAssigned',
  locationNotUpdated: 'P2PLocationNotUpdated',
  keyDatesNotUpdated: 'P2PKeyDatesNotUpdated',
  imprisonmentStatusUpdated: 'P2PImprisonmentStatusUpdated',
  externalMovement: 'P2PExternalMovement',
  transferIgnored: 'P2PTransferIgnored',
  transferProbationUpdated: 'P2PTransferProbationUpdated',
  transferProbationRecordNotFound: 'P2PTransferProbationRecordNotFound',
  bookingNumberChanged: 'P2PBookingNumberChanged',
  bookingNumberChangedOffenderNotFound: 'P2PBookingNumberChangedOffenderNotFound',
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
