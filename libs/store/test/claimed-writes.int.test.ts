import { done, reportingDeleteBy, transitionFor, tryLater, type MessageRow } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import { claimIdFor, UpdateRefusedError, type HeldLock } from '../src';
import { collectPages, mustAcquire, StoreUnderTest } from './support/store-under-test';

const store = new StoreUnderTest();
beforeAll(() => store.setUp('claimed-writes'));
afterAll(() => store.tearDown());
// Half past midnight in London on 1 July, still 30 June in UTC: processedDay must follow London.
beforeEach(() => store.clock.set('2026-06-30T23:30:00.000Z'));

const LEASE_MS = 60_000;
let nextBookingId = 500;

/** A stored pending row of a fresh booking, and that booking claimed by worker "a". */
async function storedRowUnderClaim(
  overrides: Partial<MessageRow> = {},
): Promise<{ row: MessageRow; claim: HeldLock }> {
  const row = buildMessageRow({ bookingId: ++nextBookingId, ...overrides });
  await store.repository().storeIfAbsent(row);
  const claim = await mustAcquire(store.locks('worker-a', { leaseMs: LEASE_MS }), claimIdFor(row.bookingId));
  return { row, claim };
}

describe('completeAttempt', () => {
  it('when done, then the row is processed in one write that removes its pending attributes', async () => {
    const { row, claim } = await storedRowUnderClaim();
    const transition = transitionFor(
      row,
      done('COMPLETED', { matchingCrns: ['X2', 'X1'] }),
      store.clock.now(),
    );

    const written = await store.repository().completeAttempt(claim, row, transition);

    const item = await store.rawMessageItem(row.id);
    expect(item).toMatchObject({
      status: 'COMPLETED',
      processedDate: '2026-06-30T23:30:00.000Z',
      processedDay: '2026-07-01',
      deleteBy: reportingDeleteBy(store.clock.now()),
      matchingCrns: 'X2, X1',
      retryCount: 0,
    });
    expect(item).not.toHaveProperty('pendingState');
    expect(item).not.toHaveProperty('pendingBookingId');
    await expect(store.repository().getRow(row.id)).resolves.toEqual(written);
    const pending = await collectPages(store.repository().pendingRowsOfBooking(row.bookingId));
    expect(pending.rows).toEqual([]);
  });

  it('when tried later out of the short tier, then the count goes up and the row moves to the medium tier', async () => {
    const { row, claim } = await storedRowUnderClaim({ retryCount: 4, status: 'ERROR', matchingCrns: 'X9' });
    const transition = transitionFor(row, tryLater('TOO_MANY_MATCHES'), store.clock.now());

    const written = await store.repository().completeAttempt(claim, row, transition);

    await expect(store.rawMessageItem(row.id)).resolves.toMatchObject({
      status: 'TOO_MANY_MATCHES',
      retryCount: 5,
      pendingState: 'MEDIUM',
      pendingBookingId: row.bookingId,
      matchingCrns: 'X9',
    });
    await expect(store.repository().getRow(row.id)).resolves.toEqual(written);
    const medium = await collectPages(store.repository().pendingRowsOfTier('MEDIUM'));
    const short = await collectPages(store.repository().pendingRowsOfTier('SHORT'));
    expect(medium.rows.map((r) => r.id)).toContain(row.id);
    expect(short.rows.map((r) => r.id)).not.toContain(row.id);
  });

  it('when left waiting on cases, then the row names them and a watch of each, in the same write, finds its booking by CRN', async () => {
    const { row, claim } = await storedRowUnderClaim();
    const transition = transitionFor(
      row,
      tryLater('TOO_MANY_MATCHES', { matchingCrns: ['X2', 'X1'], watchCrns: ['X1', 'X2', 'X3'] }),
      store.clock.now(),
    );

    const written = await store.repository().completeAttempt(claim, row, transition);

    expect(written.watchedCrns).toBe('X1, X2, X3');
    await expect(store.repository().getRow(row.id)).resolves.toEqual(written);
    for (const crn of ['X1', 'X2', 'X3']) {
      await expect(store.repository().bookingsWatching(crn)).resolves.toContain(row.bookingId);
      await expect(store.rawMessageItem(`watch#${crn}#${row.id}`)).resolves.toMatchObject({
        watchBookingId: row.bookingId,
        deleteBy: transition.deleteBy,
      });
    }
    await expect(store.repository().bookingsWatching('X4')).resolves.not.toContain(row.bookingId);
  });

  it('when the claim was lost, then no watch is written either', async () => {
    const { row, claim } = await storedRowUnderClaim();
    const stolen = { ...claim, fence: claim.fence + 1 };
    const transition = transitionFor(row, tryLater('NO_MATCH', { watchCrns: ['X7'] }), store.clock.now());

    await expect(store.repository().completeAttempt(stolen, row, transition)).rejects.toBeInstanceOf(
      UpdateRefusedError,
    );
    await expect(store.rawMessageItem(`watch#X7#${row.id}`)).resolves.toBeUndefined();
  });

  it('when the row changed since it was read, then the update is refused and the newer write stands', async () => {
    const { row, claim } = await storedRowUnderClaim();
    const now = store.clock.now();
    await store.repository().completeAttempt(claim, row, transitionFor(row, tryLater('NO_MATCH'), now));

    const stale = store.repository().completeAttempt(claim, row, transitionFor(row, done('COMPLETED'), now));

    await expect(stale).rejects.toMatchObject({
      name: 'UpdateRefusedError',
      reason: 'row-changed',
      retryable: false,
    });
    await expect(store.repository().getRow(row.id)).resolves.toMatchObject({
      status: 'NO_MATCH',
      retryCount: 1,
    });
  });

  it('when the lease ran out and another worker took the booking over, then the late update is refused', async () => {
    const { row, claim } = await storedRowUnderClaim();
    store.clock.advance(LEASE_MS + 1);
    const takeover = await mustAcquire(
      store.locks('worker-b', { leaseMs: LEASE_MS }),
      claimIdFor(row.bookingId),
    );
    expect(takeover).toMatchObject({ owner: 'worker-b', fence: claim.fence + 1 });

    const late = store
      .repository()
      .completeAttempt(claim, row, transitionFor(row, done('COMPLETED'), store.clock.now()));

    await expect(late).rejects.toBeInstanceOf(UpdateRefusedError);
    await expect(late).rejects.toMatchObject({ reason: 'claim-lost', code: 'STORE.CLAIM_LOST' });
    await expect(store.repository().getRow(row.id)).resolves.toEqual(row);
    const bWrites = store
      .repository()
      .completeAttempt(takeover, row, transitionFor(row, done('COMPLETED'), store.clock.now()));
    await expect(bWrites).resolves.toMatchObject({ status: 'COMPLETED' });
  });

  it('when the lease ran out and nobody took over, then the update is still refused', async () => {
    const { row, claim } = await storedRowUnderClaim();
    store.clock.advance(LEASE_MS);

    const late = store
      .repository()
      .completeAttempt(claim, row, transitionFor(row, done('COMPLETED'), store.clock.now()));

    await expect(late).rejects.toMatchObject({ reason: 'claim-lost' });
    await expect(store.repository().getRow(row.id)).resolves.toEqual(row);
  });

  it('when the claim is for another booking, then nothing is written and it fails as a bug, not a refusal', async () => {
    const { claim } = await storedRowUnderClaim();
    const { row } = await storedRowUnderClaim();

    const wrong = store
      .repository()
      .completeAttempt(claim, row, transitionFor(row, done('COMPLETED'), store.clock.now()));

    await expect(wrong).rejects.toMatchObject({ name: 'SystemError', code: 'STORE.CLAIM_MISMATCH' });
    await expect(store.repository().getRow(row.id)).resolves.toEqual(row);
  });
});

describe('pending domain events', () => {
  it('when events are recorded, then the row keeps its state and holds them until an attempt that published them ends', async () => {
    const { row, claim } = await storedRowUnderClaim();
    const events = JSON.stringify([{ eventType: 'probation-case.prison-identifier.added' }]);

    const recorded = await store.repository().recordPendingEvents(claim, row, events, row.deleteBy);
    await expect(store.repository().getRow(row.id)).resolves.toEqual(recorded);
    expect(recorded).toMatchObject({ status: row.status, retryCount: row.retryCount, pendingEvents: events });

    const finished = await store.repository().completeAttempt(claim, recorded, {
      ...transitionFor(recorded, done('COMPLETED'), store.clock.now()),
      removePendingEvents: true,
    });
    expect(finished).toMatchObject({ status: 'COMPLETED' });
    expect(finished).not.toHaveProperty('pendingEvents');
    await expect(store.repository().getRow(row.id)).resolves.toEqual(finished);
  });

  it('when an attempt ends without having published its events, then the row still owes them', async () => {
    const { row, claim } = await storedRowUnderClaim();
    const events = JSON.stringify([{ eventType: 'probation-case.prison-identifier.added' }]);
    const recorded = await store.repository().recordPendingEvents(claim, row, events, row.deleteBy);

    const retried = await store
      .repository()
      .completeAttempt(claim, recorded, transitionFor(recorded, tryLater('ERROR'), store.clock.now()));

    expect(retried).toMatchObject({ status: 'ERROR', retryCount: row.retryCount + 1, pendingEvents: events });
    await expect(store.repository().getRow(row.id)).resolves.toEqual(retried);
  });

  it('when the claim was taken over, then recording events is refused too', async () => {
    const { row, claim } = await storedRowUnderClaim();
    store.clock.advance(LEASE_MS + 1);
    await store.locks('worker-b', { leaseMs: LEASE_MS }).acquire(claimIdFor(row.bookingId));

    await expect(
      store.repository().recordPendingEvents(claim, row, '[]', row.deleteBy),
    ).rejects.toMatchObject({
      reason: 'claim-lost',
    });
    await expect(store.rawMessageItem(row.id)).resolves.not.toHaveProperty('pendingEvents');
  });
});
