import type { CommunityApi, NomsNumberHolder } from '../../ports/upstreams.port';
import { buildConviction, buildCustody } from '../../testing/build-delius-values';
import type { Conviction } from '../../upstream/delius';
import type {
  Custody,
  ReplaceCustodyKeyDates,
  UpdateCustodyBookingNumber,
  UpdateCustodyLocation,
} from '../../upstream/delius';
import type { OffenderIds } from '../../upstream/delius';
import { conflict, notFound, ok, type Lookup } from '../../upstream/upstream-result';
import type { CallJournal } from './call-journal';

/** A custody record before this service touched it: no prison named, no key dates. */
export const UNTOUCHED_CUSTODY = buildCustody({
  institution: { code: 'UNKNOW', description: 'Unknown' },
  keyDates: {},
});

interface HeldSet {
  error: Error;
  sent?: [crn: string, nomsNumber: string];
}

/**
 * community-api as the original's sample shows it before a first run: X142620 has a custodial conviction
 * starting on the prisoner's sentence start date and holds A9999DY (merged into A5089DY), X181002 has one a
 * year earlier and holds G8020GG, and no custody record holds the book number yet. Each custody write answers
 * with the custody record as it would be afterwards; the NOMS number writes change `nomsNumbers`, so the
 * holder lookup sees them.
 */
export class FakeCommunityApi implements CommunityApi {
  convictions = new Map<string, Conviction[]>([
    [
      'X142620',
      [
        buildConviction({ index: '1', sentence: { startDate: '2018-10-31' }, custody: undefined }),
        buildConviction({ index: '3', sentence: { startDate: '2020-02-11' } }),
      ],
    ],
    ['X181002', [buildConviction({ index: '1', sentence: { startDate: '2019-02-11' } })]],
  ]);
  custodyHoldingBookNumber: Lookup<Custody> = notFound();
  bookingNumberResult: Lookup<Custody> = ok(UNTOUCHED_CUSTODY);
  locationResult: Lookup<Custody> = ok({ ...UNTOUCHED_CUSTODY, institution: buildCustody().institution });
  keyDatesResult: Lookup<Custody> = ok(buildCustody());
  /** Each case's PNC and CRO, as the holder lookup answers them (none unless a test sets them). */
  policeIds = new Map<string, { pncNumber?: string; croNumber?: string }>();
  /** The NOMS number each case holds (a case holds at most one). */
  nomsNumbers = new Map<string, string>([
    ['X142620', 'A9999DY'],
    ['X181002', 'G8020GG'],
  ]);

  /** Writes whose next call is applied but then fails, as an answer lost on its way back. */
  private readonly answersToLose = new Map<string, Error>();
  /** The next NOMS number set, held on its way (`holdNomsNumberSet`). */
  private setToHold: HeldSet | undefined;
  /** Run once, after the next holder lookup has answered (a write landing just after someone looked). */
  private afterNextLookup: (() => void) | undefined;

  constructor(private readonly journal: CallJournal) {}

  /** The next `write` is applied to the fake's state, then throws `error` instead of answering. */
  loseAnswerOf(write: 'setNomsNumber' | 'replaceNomsNumber', error: Error): void {
    this.answersToLose.set(write, error);
  }

  /**
   * The next NOMS number set is held on its way: it throws `error` unapplied, as a request that timed out
   * while still in flight; `land()` applies it later, as that request reaching Delius at last.
   */
  holdNomsNumberSet(error: Error): { land: () => void } {
    const hold: HeldSet = { error };
    this.setToHold = hold;
    return { land: () => hold.sent && this.nomsNumbers.set(...hold.sent) };
  }

  /** `then` runs right after the next holder lookup answers. */
  onNextHolderLookup(then: () => void): void {
    this.afterNextLookup = then;
  }

  private answer<T>(write: string, value: T): T {
    const lost = this.answersToLose.get(write);
    if (lost === undefined) return value;
    this.answersToLose.delete(write);
    throw lost;
  }

  async getConvictions(crn: string) {
    this.journal.record('getConvictions', crn);
    return this.convictions.get(crn) ?? [];
  }

  async findNomsNumberHolder(nomsNumber: string): Promise<NomsNumberHolder> {
    this.journal.record('findNomsNumberHolder', nomsNumber);
    const holders = this.holdersOf(nomsNumber);
    const then = this.afterNextLookup;
    this.afterNextLookup = undefined;
    then?.();
    if (holders.length === 0) return { kind: 'nobody' };
    if (holders.length > 1) return { kind: 'several' };
    return { kind: 'one', crn: holders[0], ...this.policeIds.get(holders[0]) };
  }

  async nomsNumberOfCase(crn: string): Promise<Lookup<string | undefined>> {
    this.journal.record('nomsNumberOfCase', crn);
    return ok(this.nomsNumbers.get(crn));
  }

  async setNomsNumber(crn: string, nomsNumber: string): Promise<OffenderIds> {
    this.journal.record('setNomsNumber', crn, nomsNumber);
    const hold = this.setToHold;
    if (hold) {
      this.setToHold = undefined;
      hold.sent = [crn, nomsNumber];
      throw hold.error;
    }
    this.nomsNumbers.set(crn, nomsNumber);
    return this.answer('setNomsNumber', { crn, nomsNumber });
  }

  /** As community-api: a new number already held is refused (409) before the old one is looked for (404). */
  async replaceNomsNumber(oldNomsNumber: string, newNomsNumber: string) {
    this.journal.record('replaceNomsNumber', oldNomsNumber, newNomsNumber);
    if (this.holdersOf(newNomsNumber).length > 0) return conflict();
    const holders = this.holdersOf(oldNomsNumber);
    if (holders.length === 0) return notFound();
    for (const crn of holders) this.nomsNumbers.set(crn, newNomsNumber);
    return this.answer(
      'replaceNomsNumber',
      ok(holders.map((crn): OffenderIds => ({ crn, nomsNumber: newNomsNumber }))),
    );
  }

  private holdersOf(nomsNumber: string): string[] {
    return [...this.nomsNumbers].filter(([, held]) => held === nomsNumber).map(([crn]) => crn);
  }

  async setBookingNumber(nomsNumber: string, body: UpdateCustodyBookingNumber) {
    this.journal.record('setBookingNumber', nomsNumber, body);
    return this.bookingNumberResult;
  }

  async getCustody(nomsNumber: string, bookingNo: string) {
    this.journal.record('getCustody', nomsNumber, bookingNo);
    return this.custodyHoldingBookNumber;
  }

  async setCustodyLocation(nomsNumber: string, bookingNo: string, body: UpdateCustodyLocation) {
    this.journal.record('setCustodyLocation', nomsNumber, bookingNo, body);
    return this.locationResult;
  }

  async replaceKeyDates(nomsNumber: string, bookingNo: string, keyDates: ReplaceCustodyKeyDates) {
    this.journal.record('replaceKeyDates', nomsNumber, bookingNo, keyDates);
    return this.keyDatesResult;
  }
}
