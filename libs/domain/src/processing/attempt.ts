import type { Outcome } from '../message/outcome';
import type { CommunityApi } from '../ports/upstreams.port';
import type { TelemetryEvent } from '../telemetry/telemetry-event-properties';
import type { ReplaceCustodyKeyDates } from '../upstream/delius';
import type { IsoDate } from '../upstream/prison';
import type { HmppsDomainEvent, WriteIntent } from './owed-events';
import type { Upstreams } from './processing-deps';

/** What `Attempt.write` returns in dry run, where the write is recorded instead of sent. */
export const WITHHELD = 'withheld' as const;

/** What a row's handler may do during one attempt: read upstreams, write Delius, owe domain events, tell. */
export interface Attempt {
  readonly upstreams: Upstreams;
  readonly interestedPrisons: readonly string[];
  /** Dry run withheld a write: Delius no longer looks as a real run would leave it, so plan without comparing. */
  readonly withheldWrites: boolean;
  now(): Date;
  track(event: TelemetryEvent): void;
  write<T>(
    intended: IntendedWrite,
    send: (communityApi: CommunityApi) => Promise<T>,
  ): Promise<T | typeof WITHHELD>;
  /**
   * Records, under the claim, a NOMS number write and the events it will owe before sending it: a lost answer
   * or a dead attempt leaves the intent for the next attempt to settle by lookups. Not in dry run.
   */
  intend(intent: WriteIntent): Promise<void>;
  /** Forgets the recorded intent: Delius answered that the write was not applied. */
  forgetIntent(): Promise<void>;
  /**
   * Events owed for a Delius write that succeeded reach the domain topic at least once: recorded on the row
   * (settling its intent, in the same write), published, then removed by the write ending the attempt. A
   * publish failure leaves them for the next attempt.
   */
  owe(events: readonly HmppsDomainEvent[]): Promise<void>;
  /**
   * The events of this booking's intent to set `nomsNumber` on `crn` that this run settled as not applied: a
   * decision that then finds that case holding the number owes them (the write landed after all).
   */
  eventsOfSettledIntent(crn: string, nomsNumber: string): readonly HmppsDomainEvent[] | undefined;
}

/**
 * How a row's handler ended, and its one closing event, held back because a dry run that reached a Delius
 * write ends `DRY_RUN` instead and must not be counted as a real update.
 */
export interface HandlerResult {
  outcome: Outcome;
  finalEvent?: TelemetryEvent;
}

/** A Delius write, named after its `CommunityApi` call; dry run records these on the row (`intendedWrites`). */
export type IntendedWrite =
  | { write: 'setNomsNumber'; crn: string; nomsNumber: string }
  | { write: 'replaceNomsNumber'; oldNomsNumber: string; newNomsNumber: string }
  | { write: 'setBookingNumber'; nomsNumber: string; bookingNumber: string; sentenceStartDate: IsoDate }
  | { write: 'setCustodyLocation'; nomsNumber: string; bookingNo: string; nomsPrisonInstitutionCode: string }
  | { write: 'replaceKeyDates'; nomsNumber: string; bookingNo: string; keyDates: ReplaceCustodyKeyDates };
