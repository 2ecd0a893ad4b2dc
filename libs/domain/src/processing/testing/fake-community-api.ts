import type { CommunityApi } from '../../ports/community-api.port';
import { buildConviction, buildCustody } from '../../testing/build-delius-values';
import type { Conviction } from '../../upstream/conviction';
import type {
  Custody,
  ReplaceCustodyKeyDates,
  UpdateCustodyBookingNumber,
  UpdateCustodyLocation,
} from '../../upstream/custody';
import type { OffenderIds } from '../../upstream/offender-ids';
import {
  notFound,
  ok,
  type Conflict,
  type Lookup,
  type NotFound,
  type Ok,
} from '../../upstream/upstream-result';
import type { CallJournal } from './call-journal';

/** A custody record before this service touched it: no prison named, no key dates. */
export const UNTOUCHED_CUSTODY = buildCustody({
  institution: { institutionId: 1, code: 'UNKNOW', description: 'Unknown' },
  keyDates: {},
});

/**
 * community-api as the original's sample shows it before a first run: X142620 has a custodial conviction
 * starting on the prisoner's sentence start date, X181002 one a year earlier, and no custody record holds the
 * book number yet. Each write answers with the custody record as it would be afterwards.
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
  replaceResult: Ok<OffenderIds[]> | NotFound | Conflict = ok([{ crn: 'X142620', nomsNumber: 'A5089DY' }]);

  constructor(private readonly journal: CallJournal) {}

  async getConvictions(crn: string) {
    this.journal.record('getConvictions', crn);
    return this.convictions.get(crn) ?? [];
  }

  async setNomsNumber(crn: string, nomsNumber: string) {
    this.journal.record('setNomsNumber', crn, nomsNumber);
    return { crn, nomsNumber };
  }

  async replaceNomsNumber(oldNomsNumber: string, newNomsNumber: string) {
    this.journal.record('replaceNomsNumber', oldNomsNumber, newNomsNumber);
    return this.replaceResult;
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
