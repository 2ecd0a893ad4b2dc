import type { MessageRow } from '../message/message-row';
import { done, type Outcome } from '../message/outcome';
import { transitionFor, type RowTransition } from '../message/transition';
import type { CommunityApi } from '../ports/community-api.port';
import type { HmppsDomainEvent } from '../ports/domain-events.port';
import { TELEMETRY_EVENTS } from '../telemetry/telemetry-events';
import type { TelemetryEvent } from '../telemetry/telemetry-event-properties';
import { WITHHELD, type Attempt, type Withheld } from './attempt';
import type { HandlerResult } from './handler-result';
import type { IntendedWrite } from './intended-write';
import { parsePendingEvents, serialisePendingEvents } from './pending-events';
import type { ProcessingDeps, Upstreams } from './processing-deps';
import { orStopWork, stopIfAborted } from './work-stopped';

/** One attempt at one row: the `Attempt` its handler sees, and what the attempt gathered on the way. */
export class RowAttempt<Claim> implements Attempt {
  readonly telemetry: TelemetryEvent[] = [];
  readonly intendedWrites: IntendedWrite[] = [];
  /** The row as last written: recording `pendingEvents` changes it. */
  row: MessageRow;
  /**
   * Every event the row's `pendingEvents` holds has been published in this attempt. They stay on the row until
   * the write that ends the attempt removes them, which saves a write per event-raising attempt; an attempt
   * that dies before that publishes them again (domain events are at least once).
   */
  private owedEventsPublished = false;

  constructor(
    rowAsRead: MessageRow,
    private readonly claim: Claim,
    private readonly deps: ProcessingDeps<Claim>,
    private readonly signal: AbortSignal | undefined,
  ) {
    this.row = rowAsRead;
  }

  get upstreams(): Upstreams {
    return this.deps;
  }

  get interestedPrisons(): readonly string[] {
    return this.deps.settings.interestedPrisons;
  }

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
  ): Promise<T | Withheld> {
    stopIfAborted(this.signal);
    if (this.deps.settings.dryRun) {
      this.intendedWrites.push(intended);
      return WITHHELD;
    }
    return send(this.deps.communityApi);
  }

  async owe(events: readonly HmppsDomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    // Events already published in this attempt are dropped from the record: only the unpublished are owed.
    const pendingEvents = serialisePendingEvents([...this.unpublishedEvents(), ...events]);
    this.row = await orStopWork(() =>
      this.deps.work.recordPendingEvents(this.claim, this.row, pendingEvents),
    );
    this.owedEventsPublished = false;
    await this.publishOwedEvents();
  }

  /** Publishes what the row owes (from this attempt or an earlier one that died or failed to publish). */
  async publishOwedEvents(): Promise<void> {
    const owed = this.unpublishedEvents();
    for (const event of owed) {
      stopIfAborted(this.signal);
      await this.deps.domainEvents.publish(event);
    }
    if (owed.length > 0) this.owedEventsPublished = true;
  }

  /** The write that ends this attempt with `outcome`, removing the recorded events once they are published. */
  transitionFor(outcome: Outcome): RowTransition {
    const transition = transitionFor(this.row, outcome, this.deps.clock.now());
    return this.owedEventsPublished ? { ...transition, removePendingEvents: true } : transition;
  }

  private unpublishedEvents(): HmppsDomainEvent[] {
    if (this.owedEventsPublished || !this.row.pendingEvents) return [];
    return parsePendingEvents(this.row.id, this.row.pendingEvents);
  }

  /**
   * The outcome to write. A dry run that reached a Delius write ends `DRY_RUN` with the writes it withheld,
   * and its handler's closing event is not emitted, since nothing it describes happened.
   */
  conclude(result: HandlerResult): Outcome {
    const { outcome, finalEvent } = result;
    if (this.withheldWrites && outcome.kind === 'done') {
      this.track({
        name: TELEMETRY_EVENTS.dryRun,
        properties: { bookingId: String(this.row.bookingId), eventType: this.row.eventType },
      });
      return done('DRY_RUN', { matchingCrns: outcome.matchingCrns, intendedWrites: this.intendedWrites });
    }
    if (finalEvent) this.track(finalEvent);
    return outcome;
  }
}
