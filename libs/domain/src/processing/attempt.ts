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
  /** Records a NOMS number write and its events before it is sent, for a later attempt to settle if lost. */
  intend(intent: WriteIntent): Promise<void>;
  /** Forgets the recorded intent: Delius answered that the write was not applied. */
  forgetIntent(): Promise<void>;
  /**
   * Events owed for a Delius write that succeeded: recorded on the row (settling its intent in the same
   * write), then published; a publish failure leaves them for the next attempt (at least once).
   */
  owe(events: readonly HmppsDomainEvent[]): Promise<void>;
  /** Events of this run's intent to set `nomsNumber` on `crn` settled not applied: owed if it landed late. */
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
