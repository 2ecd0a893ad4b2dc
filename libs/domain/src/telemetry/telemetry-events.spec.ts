import type { TelemetryEvent, TelemetryEventProperties } from './telemetry-event-properties';
import {
  TELEMETRY_EVENTS,
  TELEMETRY_PROPERTIES,
  type TelemetryEventName,
  type TelemetryPropertyKey,
} from './telemetry-events';

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
