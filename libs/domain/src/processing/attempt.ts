import type { CommunityApi } from '../ports/upstreams.port';
import type { HmppsDomainEvent, WriteIntent } from './owed-events';
import type { TelemetryEvent } from '../telemetry/telemetry-event-properties';
import type { Upstreams } from './processing-deps';
import type { Outcome } from '../message/outcome';
import type { ReplaceCustodyKeyDates } from '../upstream/delius';
import type { IsoDate } from '../upstream/prison';

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

/**
 * How a row's handler ended, and the one telemetry event that says so (each step ends
 * with exactly one event). The event is held back rather than emitted by the handler, because in dry run a
 * handler that reached a Delius write ends `DRY_RUN` instead, and must not be counted as a real update.
 */
export interface HandlerResult {
  outcome: Outcome;
  finalEvent?: TelemetryEvent;
}

/**
 * A Delius write as processing decided it, named after the `CommunityApi` call that makes it. In dry run these
 * are recorded on the row (`intendedWrites`) instead of being sent, so an operator can see what a real run
 * would change before switching dry run off.
 */
export type IntendedWrite =
  | { write: 'setNomsNumber'; crn: string; nomsNumber: string }
  | { write: 'replaceNomsNumber'; oldNomsNumber: string; newNomsNumber: string }
  | { write: 'setBookingNumber'; nomsNumber: string; bookingNumber: string; sentenceStartDate: IsoDate }
  | { write: 'setCustodyLocation'; nomsNumber: string; bookingNo: string; nomsPrisonInstitutionCode: string }
  | { write: 'replaceKeyDates'; nomsNumber: string; bookingNo: string; keyDates: ReplaceCustodyKeyDates };
