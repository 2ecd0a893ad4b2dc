import { RetrierUnderTest } from '../support/retrier-under-test';
import { dryRunRowOf, pendingRowOf } from '../support/reprocess-rows';
import { testWorld, type TestPerson } from '../support/test-world';

/*
 * POST /admin/reprocess-booking on a deployment that writes to Delius (PRISONTOPROBATION_DRY_RUN=false): an
 * operator may still ask for a dry run of one booking, to see what it would write, and it must write nothing.
 */

const people = {
  askedForADryRun: {
    bookingId: 6101,
    offenderNo: 'A6101RT',
    crn: 'X610001',
    sentenceStartDate: '2026-01-05',
    // A date NOMIS has, so the planned writes include the key dates.
    sentenceExpiryDate: '2028-01-04',
  },
  inServiceMode: { bookingId: 6102, offenderNo: 'A6102RT', crn: 'X610002', sentenceStartDate: '2026-01-05' },
} satisfies Record<string, TestPerson>;

let retrier: RetrierUnderTest;
let adminToken: string;

beforeAll(async () => {
  retrier = await RetrierUnderTest.start({
    world: testWorld(Object.values(people)),
    startAt: '2026-01-15T10:00:00.000Z',
    env: { PRISONTOPROBATION_DRY_RUN: 'false' },
    // Telemetry events are logged at info: the preview must tell none, the real run does.
    logLevel: 'info',
  });
  adminToken = await retrier.sandbox.mintToken(['ROLE_PTPU_QUEUE_ADMIN']);
});

afterAll(() => retrier?.stop());

async function reprocess(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${retrier.retrier.url}/admin/reprocess-booking/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}` },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('reprocess-booking on a writing deployment', () => {
  it('when a dry run is asked for, then Delius receives no PUT or POST, no row is changed and the answer shows the planned writes', async () => {
    const person = people.askedForADryRun;
    const earlierDryRun = dryRunRowOf(person);
    const pending = pendingRowOf(person);
    await retrier.store(pending, earlierDryRun);
    retrier.sandbox.admin.clearRequests();

    const { status, body } = await reprocess(`${person.bookingId}?mode=dry-run`);

    expect(status).toBe(200);
    expect(body).toEqual({
      bookingId: person.bookingId,
      result: 'worked',
      attempted: 'every-kept-row',
      mode: 'dry-run',
      reopenedDryRunRows: [],
      rows: [
        {
          id: `row-${person.bookingId}`,
          eventType: 'IMPRISONMENT_STATUS-CHANGED',
          outcome: 'done',
          status: 'DRY_RUN',
          retryCount: 2,
          intendedWrites: [
            { write: 'setNomsNumber', crn: person.crn, nomsNumber: person.offenderNo },
            expect.objectContaining({ write: 'setBookingNumber' }),
            expect.objectContaining({ write: 'setCustodyLocation' }),
            expect.objectContaining({ write: 'replaceKeyDates' }),
          ],
        },
      ],
    });
    // It did read Delius (the match), so an empty write list is not an empty log.
    expect(retrier.sandbox.admin.requests().some((request) => request.upstream === 'communityApi')).toBe(
      true,
    );
    expect(retrier.deliusWrites()).toEqual([]);
    expect(retrier.sandbox.admin.deliusState(person.crn)?.otherIds.nomsNumber).toBeUndefined();
    // Nor told as a dry run of the service's own: the answer is the only account of it.
    expect(retrier.logs.filter((line) => line.telemetryEvent === 'P2PDryRun')).toEqual([]);
    // A preview: the row is not ended, so its tier retries it as before.
    await expect(retrier.row(`row-${person.bookingId}`)).resolves.toEqual(pending);
    await expect(retrier.row(earlierDryRun.id)).resolves.toEqual(earlierDryRun);
  });

  it('when no mode is asked for, then it writes as the service does: the dry-run row is reopened and Delius is updated', async () => {
    const person = people.inServiceMode;
    const earlierDryRun = dryRunRowOf(person);
    await retrier.store(earlierDryRun);
    retrier.sandbox.admin.clearRequests();

    const { status, body } = await reprocess(String(person.bookingId));

    expect(status).toBe(200);
    expect(body).toMatchObject({
      bookingId: person.bookingId,
      result: 'worked',
      mode: 'write',
      reopenedDryRunRows: [earlierDryRun.id],
      rows: [{ id: earlierDryRun.id, outcome: 'done', status: 'COMPLETED' }],
    });
    expect(retrier.deliusWrites().length).toBeGreaterThan(0);
    expect(retrier.sandbox.admin.deliusState(person.crn)?.otherIds.nomsNumber).toBe(person.offenderNo);
    expect(retrier.logs).toContainEqual(
      expect.objectContaining({
        telemetryEvent: 'P2PImprisonmentStatusUpdated',
        bookingId: String(person.bookingId),
      }),
    );
    await expect(retrier.row(earlierDryRun.id)).resolves.toMatchObject({ status: 'COMPLETED' });
  });
});
