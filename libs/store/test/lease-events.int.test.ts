import { done, transitionFor } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import { Registry } from 'prom-client';
import { claimIdFor, createLeaseMetrics, DynamoMessageRepository } from '../src';
import { eventually, mustAcquire, StoreUnderTest } from './support/store-under-test';

const store = new StoreUnderTest();
beforeAll(() => store.setUp('lease-events'));
afterAll(() => store.tearDown());
beforeEach(() => store.clock.set('2026-01-15T10:00:00.000Z'));

// Short enough that the keeper renews within the test (every third of it).
const LEASE_MS = 300;
let nextBookingId = 900;

/** `ptpu_lease_events_total` by `event/lock`, as one pod's registry exposes it. */
async function leaseEvents(registry: Registry): Promise<Record<string, number>> {
  const metric = await registry.getSingleMetric('ptpu_lease_events_total')?.get();
  return Object.fromEntries(
    (metric?.values ?? []).map((v) => [`${v.labels.event}/${v.labels.lock}`, v.value]),
  );
}

/** One worker's locks and repository, counting on a registry of its own, as each pod does. */
function worker(owner: string) {
  const registry = new Registry();
  const recorder = createLeaseMetrics(registry);
  return {
    registry,
    locks: store.locks(owner, { leaseMs: LEASE_MS, leaseEvents: recorder }),
    repository: new DynamoMessageRepository({
      ...store.names,
      client: store.client,
      clock: store.clock,
      leaseEvents: recorder,
    }),
  };
}

describe('lease events', () => {
  it('when another holder takes a claim over, then its renewal, its fenced write and its release each count as lost', async () => {
    const row = buildMessageRow({ bookingId: ++nextBookingId });
    await store.repository().storeIfAbsent(row);
    const a = worker('worker-a');
    const b = worker('worker-b');

    await a.locks.withClaim(row.bookingId, async (claim) => {
      store.clock.advance(LEASE_MS + 1);
      await mustAcquire(b.locks, claimIdFor(row.bookingId));
      await eventually(() => claim.signal.aborted);
      const transition = transitionFor(row, done('COMPLETED'), store.clock.now());
      await expect(a.repository.completeAttempt(claim, row, transition)).rejects.toMatchObject({
        reason: 'claim-lost',
      });
    });

    expect(await leaseEvents(a.registry)).toMatchObject({
      'taken/claim': 1,
      'renewed/claim': 0,
      'lost/claim': 3,
      'released/claim': 0,
    });
    expect(await leaseEvents(b.registry)).toMatchObject({ 'taken/claim': 1, 'lost/claim': 0 });
  });

  it('when a job lock is held through renewals and released, then nothing counts as lost', async () => {
    const a = worker('worker-a');

    await a.locks.withLock(`job-${++nextBookingId}`, () =>
      eventually(async () => (await leaseEvents(a.registry))['renewed/job'] >= 2),
    );

    expect(await leaseEvents(a.registry)).toMatchObject({
      'taken/job': 1,
      'lost/job': 0,
      'released/job': 1,
      'taken/claim': 0,
    });
  });
});
