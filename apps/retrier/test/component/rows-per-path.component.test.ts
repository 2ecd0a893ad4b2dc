import { firstTimeRows, type MessageRow } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import type { TierRunOutcome } from '../../src/tiers/tier-runner';
import { RetrierUnderTest } from '../support/retrier-under-test';
import { runSimulatedProcessor } from '../support/simulated-processor';
import { bookNumberOf, testWorld, type TestPerson } from '../support/test-world';

// Each path attempts only the rows it owns: a tier its own tier's rows, the processor first-time rows. The
// aggregation still sees every pending row, so a fresh row supersedes an older one only when it is worked.
const START = '2026-01-15T10:00:00.000Z';

const people = {
  freshBesideRetrying: {
    bookingId: 7001,
    offenderNo: 'A7001RT',
    crn: 'X700001',
    sentenceStartDate: '2026-01-05',
  },
  longBesideShort: { bookingId: 7002, offenderNo: 'A7002RT', sentenceStartDate: '2026-01-05' },
} satisfies Record<string, TestPerson>;

function rowOf(person: TestPerson, overrides: Partial<MessageRow>): MessageRow {
  return buildMessageRow({
    bookingId: person.bookingId,
    offenderNo: person.offenderNo,
    bookingNo: bookNumberOf(person),
    ...overrides,
  });
}

const rows = {
  retrying: rowOf(people.freshBesideRetrying, {
    id: 'row-retrying',
    createdDate: '2026-01-14T08:00:00.000Z',
    retryCount: 2,
    status: 'NO_MATCH',
  }),
  /** Stored by the validator a minute ago: inside the 10-minute hold-back. */
  fresh: rowOf(people.freshBesideRetrying, { id: 'row-fresh', createdDate: '2026-01-15T09:59:00.000Z' }),
  long: rowOf(people.longBesideShort, {
    id: 'row-long',
    createdDate: '2025-12-30T08:00:00.000Z',
    retryCount: 12,
    status: 'NO_MATCH',
  }),
  shortMovement: rowOf(people.longBesideShort, {
    id: 'row-short-movement',
    eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
    message: JSON.stringify({
      eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
      bookingId: people.longBesideShort.bookingId,
      movementSeq: 1,
    }),
    createdDate: '2026-01-14T08:00:00.000Z',
    retryCount: 1,
    status: 'NO_MATCH',
  }),
};

let retrier: RetrierUnderTest;
let shortTierRun: TierRunOutcome;

beforeAll(async () => {
  retrier = await RetrierUnderTest.start({ world: testWorld(Object.values(people)), startAt: START });
  await retrier.store(...Object.values(rows));
  shortTierRun = await retrier.retrier.runTier('SHORT', 'schedule');
});

/** The ids of the rows the short tier's run attempted in `person`'s booking. */
function attemptedByShortTier(person: TestPerson): string[] {
  if (shortTierRun.result !== 'completed') throw new Error(`short tier run: ${shortTierRun.result}`);
  const booking = shortTierRun.value.bookings.find(({ bookingId }) => bookingId === person.bookingId);
  return booking?.result === 'worked' ? booking.rows.map(({ id }) => id) : [];
}
afterAll(() => retrier?.stop());

describe('rows per path', () => {
  it('when a fresh status change sits beside a retrying one, then the short tier leaves both and calls nobody', async () => {
    expect(attemptedByShortTier(people.freshBesideRetrying)).toEqual([]);
    await expect(retrier.row(rows.retrying.id)).resolves.toMatchObject({ status: 'NO_MATCH', retryCount: 2 });
    await expect(retrier.row(rows.fresh.id)).resolves.toMatchObject({ status: 'VALIDATED', retryCount: 0 });
    expect(retrier.requestsAbout(people.freshBesideRetrying.bookingId)).toEqual([]);
  });

  it('when a long-tier row sits beside a short-tier one, then the short tier retries only its own', async () => {
    expect(attemptedByShortTier(people.longBesideShort)).toEqual([rows.shortMovement.id]);
    await expect(retrier.row(rows.long.id)).resolves.toMatchObject({ status: 'NO_MATCH', retryCount: 12 });
  });

  it('when the processor later works the booking, then it attempts the fresh row and supersedes the retrying one', async () => {
    retrier.clock.set('2026-01-15T10:15:00.000Z');

    const processor = await runSimulatedProcessor(
      retrier,
      retrier.sandbox,
      [people.freshBesideRetrying.bookingId],
      { locks: retrier.locks('processor-pod/test'), concurrency: 1, select: firstTimeRows },
    );

    expect(processor.worked.map((interval) => interval.bookingId)).toEqual([
      people.freshBesideRetrying.bookingId,
    ]);
    await expect(retrier.row(rows.fresh.id)).resolves.toMatchObject({
      status: 'COMPLETED',
      matchingCrns: people.freshBesideRetrying.crn,
    });
    await expect(retrier.row(rows.retrying.id)).resolves.toMatchObject({
      status: 'SUPERSEDED',
      retryCount: 2,
    });
  });
});
