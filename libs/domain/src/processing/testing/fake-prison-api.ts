import type { PrisonApi } from '../../ports/upstreams.port';
import {
  buildBooking,
  buildMergedIdentifier,
  buildMovement,
  buildPrisonerDetails,
  buildSentenceDetail,
  buildSentenceTerm,
} from '../../testing/build-prison-values';
import type { Booking } from '../../upstream/prison';
import type { Movement } from '../../upstream/prison';
import type { OffenderIdentifier } from '../../upstream/prison';
import type { PrisonerDetails } from '../../upstream/prison';
import type { SentenceDetail } from '../../upstream/prison';
import type { SentenceTerm } from '../../upstream/prison';
import { notFound, ok, type Lookup } from '../../upstream/upstream-result';
import type { CallJournal } from './call-journal';

/**
 * prison-api as the original's sample booking 1200835 (A5089DY at MDI) shows it; a test changes the answer it
 * is about. The sentence terms are the fixture's: a primary term from 2020-02-11, a consecutive one after it.
 */
export class FakePrisonApi implements PrisonApi {
  booking: Lookup<Booking> = ok(buildBooking());
  sentenceTerms: SentenceTerm[] = [
    buildSentenceTerm({ startDate: '2020-02-11' }),
    buildSentenceTerm({ startDate: '2020-11-21', consecutiveTo: 61 }),
    buildSentenceTerm({ startDate: '2020-01-13' }),
  ];
  sentenceDetail: Lookup<SentenceDetail> = ok(buildSentenceDetail());
  mergedIdentifiers: OffenderIdentifier[] = [buildMergedIdentifier('A9999DY')];
  prisoners: PrisonerDetails[] = [buildPrisonerDetails({ pncNumber: undefined, croNumber: undefined })];
  movement: Lookup<Movement> = ok(buildMovement());

  constructor(private readonly journal: CallJournal) {}

  async getBooking(bookingId: number) {
    this.journal.record('getBooking', bookingId);
    return this.booking;
  }

  async getSentenceDetail(bookingId: number) {
    this.journal.record('getSentenceDetail', bookingId);
    return this.sentenceDetail;
  }

  async getSentenceTerms(bookingId: number) {
    this.journal.record('getSentenceTerms', bookingId);
    // prison-api has no terms for a booking it does not know.
    return this.booking.kind === 'not-found' ? notFound() : ok(this.sentenceTerms);
  }

  async getMergedIdentifiers(bookingId: number) {
    this.journal.record('getMergedIdentifiers', bookingId);
    return this.mergedIdentifiers;
  }

  async getPrisonerDetails(offenderNo: string) {
    this.journal.record('getPrisonerDetails', offenderNo);
    return this.prisoners;
  }

  async getMovement(bookingId: number, movementSeq: number) {
    this.journal.record('getMovement', bookingId, movementSeq);
    return this.movement;
  }
}
