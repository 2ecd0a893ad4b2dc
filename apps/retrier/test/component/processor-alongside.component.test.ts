import { buildMessageRow } from '@ptpu/domain/testing';
import { startSandbox, type RecordedRequest, type Sandbox } from '@ptpu/sandbox';
import { RetrierUnderTest } from '../support/retrier-under-test';
import { runSimulatedProcessor } from '../support/simulated-processor';
import { bookNumberOf, testWorld, type TestPerson } from '../support/test-world';

// Twelve bookings nobody in Delius matches, each with a row in the short tier, worked at the same moment by the
// retrier's short tier and by a processor (its own claims, its own sandbox so each side's upstream calls can be
// told apart). Offender-search answers slowly, so a booking worked by both at once could not go unnoticed.
const people: TestPerson[] = Array.from({ length: 12 }, (_, i) => ({
  bookingId: 5001 + i,
  offenderNo: `A${5001 + i}RT`,
  sentenceStartDate: '2026-01-05',
}));
const SLOW_MATCH = { upstream: 'offenderSearch', method: 'POST', path: '/match', delayMs: 60 } as const;

let retrier: RetrierUnderTest;
let processorSandbox: Sandbox;

beforeAll(async () => {
  retrier = await RetrierUnderTest.start({ world: testWorld(people), startAt: '2026-01-15T10:00:00.000Z' });
  processorSandbox = await startSandbox({ world: testWorld(people), clock: retrier.clock });
  for (const sandbox of [retrier.sandbox, processorSandbox]) sandbox.admin.addFault(SLOW_MATCH);
  await retrier.store(
    ...people.map((person) =>
      buildMessageRow({
        id: `row-${person.bookingId}`,
        bookingId: person.bookingId,
        offenderNo: person.offenderNo,
        bookingNo: bookNumberOf(person),
        createdDate: '2026-01-15T08:00:00.000Z',
        retryCount: 1,
        status: 'NO_MATCH',
      }),
    ),
  );
});

afterAll(async () => {
  await processorSandbox?.close();
  await retrier?.stop();
});

/** Whether an upstream request was about this person: their booking id in the path, or NOMS number anywhere. */
function isAbout(request: RecordedRequest, person: TestPerson): boolean {
  const text = `${request.path} ${JSON.stringify(request.query)} ${JSON.stringify(request.body ?? '')}`;
  return request.path.includes(String(person.bookingId)) || text.includes(person.offenderNo);
}

describe('a processor and the retrier working overlapping bookings at the same time', () => {
  it('never work one booking at once: each booking is worked by one, then maybe the other, never both together', async () => {
    const bookingIds = people.map((person) => person.bookingId);
    const [tierRun, processor] = await Promise.all([
      retrier.retrier.runTier('SHORT', 'schedule'),
      runSimulatedProcessor(retrier, processorSandbox, [...bookingIds].reverse(), {
        locks: retrier.locks('processor-pod/test'),
        concurrency: 4,
      }),
    ]);

    if (tierRun.result !== 'completed') throw new Error(`the short tier did not complete: ${tierRun.result}`);
    const retrierWorked = tierRun.value.bookings
      .filter((booking) => booking.result === 'worked')
      .map((b) => b.bookingId);
    const retrierLeft = tierRun.value.bookings.filter((booking) => booking.result === 'claimed-elsewhere');
    // Nothing was refused by the store: no worker ever wrote over a row the other had moved on.
    expect(tierRun.value.bookings.filter((booking) => booking.result === 'stopped')).toEqual([]);
    // The overlap was real: each side found bookings the other was holding.
    expect(retrierLeft.length).toBeGreaterThan(0);
    expect(processor.claimedElsewhere.length).toBeGreaterThan(0);

    const retrierCalls = retrier.sandbox.admin.requests();
    for (const person of people) {
      const held = processor.worked.filter((interval) => interval.bookingId === person.bookingId);
      const callsWhileProcessorHeldIt = retrierCalls.filter(
        (call) =>
          isAbout(call, person) &&
          held.some(
            (interval) =>
              Date.parse(call.receivedAt) >= interval.from && Date.parse(call.receivedAt) <= interval.to,
          ),
      );
      expect({ bookingId: person.bookingId, callsWhileProcessorHeldIt }).toEqual({
        bookingId: person.bookingId,
        callsWhileProcessorHeldIt: [],
      });

      const timesWorked =
        held.length + retrierWorked.filter((bookingId) => bookingId === person.bookingId).length;
      expect(timesWorked).toBeGreaterThanOrEqual(1);
      await expect(retrier.row(`row-${person.bookingId}`)).resolves.toMatchObject({
        retryCount: 1 + timesWorked,
      });
    }
  });
});
