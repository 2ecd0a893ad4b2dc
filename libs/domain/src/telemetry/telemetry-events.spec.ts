import type { TelemetryEvent, TelemetryEventProperties } from './telemetry-event-properties';
import { TELEMETRY_EVENTS, type TelemetryEventName } from './telemetry-events';

// The property keys the original service used: a new key must be one of them, spelt the same, or be added here
// on purpose, so dashboards and queries keep finding their properties.
const TELEMETRY_PROPERTIES = {
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

type TelemetryPropertyKey = (typeof TELEMETRY_PROPERTIES)[keyof typeof TELEMETRY_PROPERTIES];

// Checked by `typecheck`: the property map covers exactly the named events and uses only the known keys.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type PropertyKeysOf<T> = T extends unknown ? keyof T : never;
const mapCoversEveryEvent: Same<keyof TelemetryEventProperties, TelemetryEventName> = true;
const mapUsesKnownKeys: PropertyKeysOf<
  TelemetryEventProperties[TelemetryEventName]
> extends TelemetryPropertyKey
  ? true
  : false = true;

describe('telemetry events', () => {
  it('has one spelling per event and per property key', () => {
    const names = Object.values(TELEMETRY_EVENTS);
    const keys = Object.values(TELEMETRY_PROPERTIES);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(keys).size).toBe(keys.length);
    expect(mapCoversEveryEvent && mapUsesKnownKeys).toBe(true);
  });

  it('types each event’s properties, so a misspelt or missing key does not compile', () => {
    const event: TelemetryEvent = {
      name: TELEMETRY_EVENTS.offenderNumberSet,
      properties: { offenderNo: 'A5089DY', bookingNumber: '38339A', crn: 'X142620' },
    };
    const misspelt: TelemetryEvent = {
      name: 'P2POffenderTooManyMatches',
      // @ts-expect-error: `filteredCrns` is spelt `filtered_crns` on the wire.
      properties: { filteredCrns: 'X1' },
    };
    const incomplete: TelemetryEvent = {
      name: 'P2POffenderNumberSet',
      // @ts-expect-error: `crn` is required.
      properties: { offenderNo: 'A', bookingNumber: 'B' },
    };

    expect(event.name).toBe('P2POffenderNumberSet');
    expect([misspelt.name, incomplete.name]).toEqual(['P2POffenderTooManyMatches', 'P2POffenderNumberSet']);
  });
});
