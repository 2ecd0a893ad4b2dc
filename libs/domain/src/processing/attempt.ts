import { SystemError } from '../errors/system-error';
import type { MessageRow } from '../message/message-row';
import { done, tryLater, type Outcome } from '../message/outcome';
import { transitionFor, type RowTransition } from '../message/transition';
import { LEASE_PASSED_CODE, type CommunityApi } from '../ports/upstreams.port';
import { TELEMETRY_EVENTS } from '../telemetry/telemetry-events';
import type { TelemetryEvent } from '../telemetry/telemetry-event-properties';
import type { ReplaceCustodyKeyDates } from '../upstream/delius';
import type { IsoDate } from '../upstream/prison';
import {
  domainEventId,
  intentRetention,
  parsePendingEvents,
  parseWriteIntent,
  settleWriteIntent,
  type HmppsDomainEvent,
  type WriteIntent,
} from './owed-events';
import type { ProcessingDeps, Upstreams } from './processing-deps';

/** Ends work on the whole booking (claim lost, row changed, table failed), unlike a row's upstream fault. */
export class WorkStopped extends Error {
  override readonly name = 'WorkStopped';

  constructor(readonly reason: unknown) {
    super('work on the booking stopped', { cause: reason });
  }
}

/** Runs a call to the message table; whatever it throws stops work on the booking. */
async function orStopWork<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw new WorkStopped(err);
  }
}

/** Nothing more is read or written once the booking's claim is lost. */
export function stopIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new WorkStopped(signal.reason);
}

/** What `write` returns in dry run, where the write is recorded instead of sent. */
export const WITHHELD = 'withheld' as const;

/** What a row's handler may do during one attempt: read upstreams, write Delius, owe domain events, tell. */
export type Attempt = Pick<
  RowAttempt<unknown>,
  | 'upstreams'
  | 'interestedPrisons'
  | 'withheldWrites'
  | 'now'
  | 'track'
  | 'write'
  | 'intend'
  | 'forgetIntent'
  | 'owe'
  | 'eventsOfSettledIntent'
>;

/** How a row's handler ended; its closing event is held back, since a dry run that wrote ends `DRY_RUN`. */
export interface HandlerResult {
  outcome: Outcome;
  finalEvent?: TelemetryEvent;
}

/** A Delius write, named after its `CommunityApi` call; dry run records these (`intendedWrites`). */
export type IntendedWrite =
  | { write: 'setNomsNumber'; crn: string; nomsNumber: string }
  | { write: 'replaceNomsNumber'; oldNomsNumber: string; newNomsNumber: string }
  | { write: 'setBookingNumber'; nomsNumber: string; bookingNumber: string; sentenceStartDate: IsoDate }
  | { write: 'setCustodyLocation'; nomsNumber: string; bookingNo: string; nomsPrisonInstitutionCode: string }
  | { write: 'replaceKeyDates'; nomsNumber: string; bookingNo: string; keyDates: ReplaceCustodyKeyDates };

/** What every row attempt of one booking in one run shares. */
export interface BookingRun<Claim> {
  claim: Claim;
  deps: ProcessingDeps<Claim>;
  signal: AbortSignal | undefined;
  /** Intents settled as not applied so far, by any of the booking's rows (`eventsOfSettledIntent`). */
  settledNotApplied: WriteIntent[];
}

/** One attempt at one row: what its handler may do (`Attempt`), and what the attempt gathered on the way. */
export class RowAttempt<Claim> {
  readonly telemetry: TelemetryEvent[] = [];
  readonly intendedWrites: IntendedWrite[] = [];
  /** The row's `pendingEvents` were all published: the write ending the attempt removes them. */
  private owedEventsPublished = false;
  readonly upstreams: Upstreams;
  readonly interestedPrisons: readonly string[];
  private readonly deps: ProcessingDeps<Claim>;

  constructor(
    /** As last written. */
    public row: MessageRow,
    private readonly run: BookingRun<Claim>,
  ) {
    this.deps = run.deps;
    this.upstreams = run.deps;
    this.interestedPrisons = run.deps.settings.interestedPrisons;
  }

  /** Dry run withheld a write: Delius no longer looks as a real run would; plan without comparing. */
  get withheldWrites(): boolean {
    return this.intendedWrites.length > 0;
  }

  now(): Date {
    return this.deps.clock.now();
  }

  track(event: TelemetryEvent): void {
    this.telemetry.push(event);
    this.deps.telemetry.trackEvent(event.name, event.properties);
  }

  async write<T>(
    intended: IntendedWrite,
    send: (communityApi: CommunityApi) => Promise<T>,
  ): Promise<T | typeof WITHHELD> {
    stopIfAborted(this.run.signal);
    if (this.deps.settings.dryRun) {
      this.intendedWrites.push(intended);
      return WITHHELD;
    }
    try {
      return await send(this.deps.communityApi);
    } catch (err) {
      // The booking may be someone else's by now: stop it whole, as for a lost claim.
      if (err instanceof SystemError && err.code === LEASE_PASSED_CODE) throw new WorkStopped(err);
      throw err;
    }
  }

  /** Records a NOMS number write and its events before it is sent, for a later attempt to settle if lost. */
  async intend(intent: WriteIntent): Promise<void> {
    if (this.deps.settings.dryRun) return;
    await this.recordWriteIntent(JSON.stringify(intent), this.keptFor(intent.recordedAt));
  }

  /** Forgets the recorded intent: Delius answered that the write was not applied. */
  async forgetIntent(): Promise<void> {
    if (this.row.writeIntent !== undefined) await this.recordWriteIntent(undefined, this.row.deleteBy);
  }

  /**
   * Events owed for a Delius write that succeeded: recorded on the row (settling its intent in the same
   * write), then published; a publish failure leaves them for the next attempt (at least once).
   */
  async owe(events: readonly HmppsDomainEvent[]): Promise<void> {
    if (events.length === 0) return this.forgetIntent();
    const pendingEvents = JSON.stringify([...this.unpublishedEvents(), ...events]);
    // Kept while it owes them, counted from the write's intent when there is one.
    const deleteBy = this.keptFor(this.owedSince() ?? this.now().toISOString());
    this.row = await orStopWork(() =>
      this.deps.work.recordPendingEvents(this.run.claim, this.row, pendingEvents, deleteBy),
    );
    this.owedEventsPublished = false;
    await this.publishOwedEvents();
  }

  /** Publishes what the row owes, from this attempt or an earlier one that died or failed to publish. */
  async publishOwedEvents(): Promise<void> {
    const owed = this.unpublishedEvents();
    for (const event of owed) {
      stopIfAborted(this.run.signal);
      await this.deps.domainEvents.publish(event, domainEventId(this.row.id, event));
    }
    if (owed.length > 0) this.owedEventsPublished = true;
  }

  /**
   * Settles a write an earlier attempt recorded and may have sent, by lookups only. Returns the end of this
   * attempt when that cannot be told yet: the row waits, its handler not run, since deciding afresh could
   * send a write that was already applied.
   */
  async settleIntent(): Promise<HandlerResult | undefined> {
    const intent = this.heldIntent();
    if (!intent) return undefined;
    stopIfAborted(this.run.signal);
    const { communityApi, settings } = this.deps;
    const mayStillLand = this.now().getTime() < Date.parse(intent.recordedAt) + settings.writeMayLandForMs;
    const settlement = await settleWriteIntent(intent, communityApi, mayStillLand);
    this.track({
      name: TELEMETRY_EVENTS.writeIntentSettled,
      properties: { ...this.intentKeys(intent), result: settlement.kind },
    });
    if (settlement.kind === 'unknown') {
      const status = settlement.heldElsewhere ? 'NOMS_NUMBER_HELD_ELSEWHERE' : 'WRITE_UNCONFIRMED';
      return { outcome: tryLater(status, { matchingCrns: [intent.crn] }) };
    }
    if (settlement.kind === 'applied') {
      await this.owe(intent.events);
    } else {
      this.run.settledNotApplied.push(intent);
      await this.forgetIntent();
    }
    return undefined;
  }

  /** Events of this run's intent to set `nomsNumber` on `crn` settled not applied: owed if it landed late. */
  eventsOfSettledIntent(crn: string, nomsNumber: string): readonly HmppsDomainEvent[] | undefined {
    return this.run.settledNotApplied.find(
      (intent) => intent.write === 'setNomsNumber' && intent.crn === crn && intent.nomsNumber === nomsNumber,
    )?.events;
  }

  /**
   * Writes the row's end. A dry run that withheld a write ends `DRY_RUN`, without the handler's closing event
   * (nothing it describes happened). A row still holding an intent is never ended: it may be unannounced.
   */
  async end({ outcome, finalEvent }: HandlerResult): Promise<{ outcome: Outcome; rowAfter: MessageRow }> {
    let written = outcome;
    if (this.withheldWrites && outcome.kind === 'done') {
      this.track({
        name: TELEMETRY_EVENTS.dryRun,
        properties: { bookingId: String(this.row.bookingId), eventType: this.row.eventType },
      });
      written = done('DRY_RUN', { matchingCrns: outcome.matchingCrns, intendedWrites: this.intendedWrites });
    } else {
      if (finalEvent) this.track(finalEvent);
      if (outcome.kind === 'done' && this.row.writeIntent !== undefined) {
        written = tryLater('WRITE_UNCONFIRMED', { matchingCrns: outcome.matchingCrns });
      }
    }
    const transition = this.transitionFor(written);
    const { claim, deps } = this.run;
    const rowAfter = await orStopWork(() => deps.work.completeAttempt(claim, this.row, transition));
    return { outcome: written, rowAfter };
  }

  /**
   * A row still owing an intent or events is kept for them, up to a limit (docs/architecture.md, Processing a
   * booking). Never throws: an unreadable intent ends its row, not the booking.
   */
  private transitionFor(outcome: Outcome): RowTransition {
    const now = this.now();
    const transition = transitionFor(this.row, outcome, now);
    const withEvents: RowTransition = this.owedEventsPublished
      ? { ...transition, removePendingEvents: true }
      : transition;
    const since = this.owedSince();
    if (since === undefined || withEvents.kind !== 'try-later') return withEvents;
    const kept = intentRetention(withEvents.deleteBy, since, now);
    const intent = this.readableIntent();
    if (kept.givenUp && intent)
      this.track({ name: TELEMETRY_EVENTS.writeIntentGivenUp, properties: this.intentKeys(intent) });
    return { ...withEvents, deleteBy: kept.deleteBy };
  }

  /**
   * From when the row has owed something: its intent's `recordedAt`, else its `createdDate` (unpublished
   * events, or an unreadable intent, kept boundedly for someone to look at); undefined when it owes nothing.
   */
  private owedSince(): string | undefined {
    if (this.row.writeIntent !== undefined) return this.readableIntent()?.recordedAt ?? this.row.createdDate;
    if (this.row.pendingEvents !== undefined && !this.owedEventsPublished) return this.row.createdDate;
    return undefined;
  }

  private keptFor(since: string): number {
    return intentRetention(this.row.deleteBy, since, this.now()).deleteBy;
  }

  /** Throws when the row's intent cannot be read. */
  private heldIntent(): WriteIntent | undefined {
    const { id, writeIntent } = this.row;
    return writeIntent === undefined ? undefined : parseWriteIntent(id, writeIntent);
  }

  private readableIntent(): WriteIntent | undefined {
    try {
      return this.heldIntent();
    } catch {
      return undefined;
    }
  }

  private unpublishedEvents(): HmppsDomainEvent[] {
    if (this.owedEventsPublished || !this.row.pendingEvents) return [];
    return parsePendingEvents(this.row.id, this.row.pendingEvents);
  }

  private intentKeys(intent: WriteIntent) {
    return {
      bookingId: String(this.row.bookingId),
      eventType: this.row.eventType,
      write: intent.write,
      crn: intent.crn,
      offenderNo: intent.write === 'setNomsNumber' ? intent.nomsNumber : intent.newNomsNumber,
      recordedAt: intent.recordedAt,
    };
  }

  private async recordWriteIntent(writeIntent: string | undefined, deleteBy: number): Promise<void> {
    this.row = await orStopWork(() =>
      this.deps.work.recordWriteIntent(this.run.claim, this.row, writeIntent, deleteBy),
    );
  }
}
