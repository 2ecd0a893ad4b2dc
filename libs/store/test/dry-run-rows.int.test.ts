import { done, transitionFor, type MessageRow } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import { claimIdFor, DynamoDryRunRows, UpdateRefusedError, type HeldLock } from '../src';
import { collectPages, mustAcquire, StoreUnderTest } from './support/store-under-test';

const store = new StoreUnderTest();
beforeAll(() => store.setUp('dry-run-rows'));
afterAll(() => store.tearDown());
beforeEach(() => store.clock.set('2026-01-15T10:00:00.000Z'));

const LEASE_MS = 60_000;
let nextBookingId = 900;

const dryRunRows = () => new DynamoDryRunRows({ ...store.names, client: store.client, clock: store.clock });

/** Stores a row and, under a claim of its booking, ends it with `status` (as the processor would). */
async function storedRowEnded(row: MessageRow, status: 'DRY_RUN' | 'COMPLETED'): Promise<MessageRow> {
  await store.repository().storeIfAbsent(row);
  const claim = await mustAcquire(
    store.locks(`writer-${row.id}`, { leaseMs: LEASE_MS }),
    claimIdFor(row.bookingId),
  );
  const intendedWrites =
    status === 'DRY_RUN' ? [{ write: 'setNomsNumber', crn: 'X1', nomsNumber: 'A5089DY' }] : undefined;
  const ended = await store
    .repository()
    .completeAttempt(claim, row, transitionFor(row, done(status, { intendedWrites }), store.clock.now()));
  await store.locks(`writer-${row.id}`).release(claim);
  return ended;
}

async function claimOf(bookingId: number, owner = 'operator'): Promise<HeldLock> {
  return mustAcquire(store.locks(owner, { leaseMs: LEASE_MS }), claimIdFor(bookingId));
}

describe('DynamoDryRunRows', () => {
  it("when asked for a booking's dry-run rows, then only that booking's DRY_RUN rows come back, of every event type", async () => {
    const bookingId = ++nextBookingId;
    const statusChange = await storedRowEnded(buildMessageRow({ bookingId }), 'DRY_RUN');
    const merge = await storedRowEnded(
      buildMessageRow({ bookingId, eventType: 'BOOKING_NUMBER-CHANGED' }),
      'DRY_RUN',
    );
    await storedRowEnded(buildMessageRow({ bookingId }), 'COMPLETED');
    await storedRowEnded(buildMessageRow({ bookingId: ++nextBookingId }), 'DRY_RUN');
    await store.repository().storeIfAbsent(buildMessageRow({ bookingId }));

    const found = await dryRunRows().ofBooking(bookingId);

    expect(found.map((row) => row.id).sort()).toEqual([statusChange.id, merge.id].sort());
  });

  it('when a dry-run row is reopened under the claim, then it is pending again without its dry-run results', async () => {
    const row = await storedRowEnded(
      buildMessageRow({ bookingId: ++nextBookingId, retryCount: 3, status: 'ERROR' }),
      'DRY_RUN',
    );

    const reopened = await dryRunRows().reopen(await claimOf(row.bookingId), row);

    const item = await store.rawMessageItem(row.id);
    expect(item).toMatchObject({
      status: 'DRY_RUN',
      retryCount: 3,
      pendingState: 'SHORT',
      pendingBookingId: row.bookingId,
    });
    for (const gone of ['processedDate', 'processedDay', 'intendedWrites'])
      expect(item).not.toHaveProperty(gone);
    const pending = await collectPages(store.repository().pendingRowsOfBooking(row.bookingId));
    expect(pending.rows).toEqual([reopened]);
  });

  it('when the reopened row is then worked, then the usual attempt-ending write accepts it', async () => {
    const row = await storedRowEnded(buildMessageRow({ bookingId: ++nextBookingId }), 'DRY_RUN');
    const claim = await claimOf(row.bookingId);
    const reopened = await dryRunRows().reopen(claim, row);

    await store
      .repository()
      .completeAttempt(claim, reopened, transitionFor(reopened, done('COMPLETED'), store.clock.now()));

    await expect(store.repository().getRow(row.id)).resolves.toMatchObject({ status: 'COMPLETED' });
  });

  it('when the claim was taken over, then the reopen is refused and the row stays done', async () => {
    const row = await storedRowEnded(buildMessageRow({ bookingId: ++nextBookingId }), 'DRY_RUN');
    const stale = await claimOf(row.bookingId, 'slow-operator');
    store.clock.advance(LEASE_MS + 1);
    await claimOf(row.bookingId, 'other-worker');

    await expect(dryRunRows().reopen(stale, row)).rejects.toMatchObject({ reason: 'claim-lost' });
    await expect(store.repository().getRow(row.id)).resolves.toMatchObject({
      processedDate: row.processedDate,
    });
  });

  it('when the row is no longer a dry-run result, then the reopen is refused', async () => {
    const row = await storedRowEnded(buildMessageRow({ bookingId: ++nextBookingId }), 'COMPLETED');

    const refusal = await dryRunRows()
      .reopen(await claimOf(row.bookingId), row)
      .catch((err: unknown) => err);

    expect(refusal).toBeInstanceOf(UpdateRefusedError);
    expect(refusal).toMatchObject({ reason: 'row-changed' });
  });
});
