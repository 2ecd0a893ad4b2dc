import type { CommunityApi } from '../ports/community-api.port';
import type { HmppsDomainEvent } from '../ports/domain-events.port';
import type { TelemetryEvent } from '../telemetry/telemetry-event-properties';
import type { IntendedWrite } from './intended-write';
import type { Upstreams } from './processing-deps';
import type { WriteIntent } from './write-intent/write-intent';

/** What `Attempt.write` returns in dry run, where the write is recorded instead of sent. */
export const WITHHELD = 'withheld' as const;
export type Withheld = typeof WITHHELD;

/** What a row's handler may do during one attempt: read upstreams, write Delius, owe domain events, tell. */
export interface Attempt {
  readonly upstreams: Upstreams;
  readonly interestedPrisons: readonly string[];
  /**
   * True once dry run has withheld a write. Delius then no longer looks as a real run would have left it, so
   * later Delius reads would mislead; handlers plan the remaining writes without comparing.
   */
  readonly withheldWrites: boolean;
  now(): Date;
  /** Emits a telemetry event now (for events that mark progress, not the end of the attempt). */
  track(event: TelemetryEvent): void;
  /** Sends a Delius write, or in dry run records it and returns `WITHHELD`. */
  write<T>(intended: IntendedWrite, send: (communityApi: CommunityApi) => Promise<T>): Promise<T | Withheld>;
  /**
   * Records, under the claim, a NOMS number write about to be sent and the events it will owe, before sending
   * it: a write whose answer is lost, or an attempt that dies after it, leaves the intent for the next attempt
   * to settle by lookups. Nothing is recorded in dry run, where the write is withheld.
   */
  intend(intent: WriteIntent): Promise<void>;
  /** Forgets the recorded intent: Delius answered that the write was not applied. */
  forgetIntent(): Promise<void>;
  /**
   * Makes sure events owed for a Delius write that succeeded reach the domain topic at least once: recorded on
   * the row first, then published, then forgotten. A publish failure throws and leaves them recorded, so the
   * next attempt publishes them before doing anything else. Recording them settles the row's intent.
   */
  owe(events: readonly HmppsDomainEvent[]): Promise<void>;
  /**
   * The events of an intent of this booking, to set `nomsNumber` on `crn`, that this run settled as not
   * applied. A decision that then finds that very case holding the number owes them: the write landed after
   * all, and publishing only on change would announce nothing.
   */
  eventsOfSettledIntent(crn: string, nomsNumber: string): readonly HmppsDomainEvent[] | undefined;
}
