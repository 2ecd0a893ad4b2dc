import type { MessageRow } from '../../message/message-row';
import type { DomainEventPublisher, HmppsDomainEvent } from '../owed-events';
import type { TelemetrySink } from '../../ports/telemetry.port';
import { FixedClock } from '../../testing/fixed-clock';
import { processBooking } from '../process-booking';
import { everyKeptRow, type RowSelector } from '../row-selector';
import type { ProcessingDeps, ProcessingSettings } from '../processing-deps';
import { CallJournal } from './call-journal';
import { FakeCommunityApi } from './fake-community-api';
import { FakeOffenderSearch } from './fake-offender-search';
import { FakePrisonApi } from './fake-prison-api';
import { InMemoryPendingWork } from './in-memory-pending-work';

/** The kit's `writeMayLandForMs`: a test moves the clock past it to let an intent be settled as not applied. */
export const WRITE_MAY_LAND_FOR_MS = 60_000;

/** The domain topic, keeping what it was given in the journal's order. */
class RecordingPublisher implements DomainEventPublisher {
  readonly published: HmppsDomainEvent[] = [];
  /** The `eventId` of each publication, in the same order. */
  readonly eventIds: string[] = [];

  constructor(private readonly journal: CallJournal) {}

  async publish(event: HmppsDomainEvent, eventId: string) {
    this.journal.record('publish', event.eventType);
    this.published.push(event);
    this.eventIds.push(eventId);
  }
}

class RecordingTelemetry implements TelemetrySink {
  readonly events: { name: string; properties: Readonly<Record<string, string | undefined>> }[] = [];

  trackEvent(name: string, properties: Readonly<Record<string, string | undefined>>) {
    this.events.push({ name, properties });
  }

  names(): string[] {
    return this.events.map((event) => event.name);
  }

  find(name: string) {
    return this.events.find((event) => event.name === name)?.properties;
  }
}

/**
 * A booking's pending rows and every port `processBooking` uses, faked in memory and answering like the
 * original's sample booking 1200835 on a first run. Each test changes only what it is about, then `run()`s.
 */
export function processingKit(rows: readonly MessageRow[], settings: Partial<ProcessingSettings> = {}) {
  const journal = new CallJournal();
  const clock = new FixedClock('2026-01-15T10:00:00.000Z');
  const deps = {
    work: new InMemoryPendingWork(journal, rows),
    prisonApi: new FakePrisonApi(journal),
    offenderSearch: new FakeOffenderSearch(journal),
    communityApi: new FakeCommunityApi(journal),
    domainEvents: new RecordingPublisher(journal),
    telemetry: new RecordingTelemetry(),
    clock,
    settings: { interestedPrisons: [], dryRun: false, writeMayLandForMs: WRITE_MAY_LAND_FOR_MS, ...settings },
  } satisfies ProcessingDeps<string>;
  return {
    ...deps,
    journal,
    /** The names of the Delius writes sent, in order. */
    deliusWrites: () =>
      journal.names(
        'setNomsNumber',
        'replaceNomsNumber',
        'setBookingNumber',
        'setCustodyLocation',
        'replaceKeyDates',
      ),
    /** The row as the fake table holds it now. */
    stored: (id: string) => deps.work.rows.get(id) as MessageRow,
    run: (
      bookingId = rows[0]?.bookingId ?? 1200835,
      options: { signal?: AbortSignal; claim?: string; select?: RowSelector } = {},
    ) =>
      processBooking(bookingId, options.claim ?? 'claim-1', deps, {
        select: options.select ?? everyKeptRow,
        signal: options.signal,
      }),
  };
}
