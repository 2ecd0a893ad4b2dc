import { claimIdFor, LeaseLostError, type ActiveLock, type ClaimTaken, type LeaseProblem } from '../src';
import { eventually, mustAcquire, StoreUnderTest } from './support/store-under-test';

const store = new StoreUnderTest();
beforeAll(() => store.setUp('lock'));
afterAll(() => store.tearDown());
beforeEach(() => store.clock.set('2026-01-15T10:00:00.000Z'));

const LEASE_MS = 120_000;
let lockNumber = 0;
const freshLockName = () => `test-lock-${++lockNumber}`;

describe('acquire', () => {
  it('when 20 workers contend for one lock at once, then exactly one wins', async () => {
    const name = freshLockName();
    const contenders = Array.from({ length: 20 }, (_, i) => store.locks(`worker-${i}`));

    const results = await Promise.all(contenders.map((locks) => locks.acquire(name)));

    const winners = results.filter((held) => held !== undefined);
    expect(winners).toHaveLength(1);
    await expect(store.rawLockItem(name)).resolves.toEqual({
      _id: name,
      lockedBy: winners[0]?.owner,
      fence: 1,
      lockUntil: store.clock.now().getTime() + LEASE_MS,
    });
  });

  it('when the lease ran out, then a new holder takes over and the old holder can neither renew nor release', async () => {
    const name = freshLockName();
    const a = store.locks('worker-a');
    const b = store.locks('worker-b');
    const heldByA = await mustAcquire(a, name);
    await expect(b.acquire(name)).resolves.toBeUndefined();

    store.clock.advance(LEASE_MS + 1);
    const heldByB = await b.acquire(name);

    expect(heldByB).toEqual({ id: name, owner: 'worker-b', fence: 2 });
    await expect(a.renew(heldByA)).resolves.toBe(false);
    await expect(a.release(heldByA)).resolves.toBe(false);
    await expect(store.rawLockItem(name)).resolves.toMatchObject({ lockedBy: 'worker-b', fence: 2 });
  });

  it('when the holder renews, then the lease runs from now and others still cannot take it', async () => {
    const name = freshLockName();
    const a = store.locks('worker-a');
    const held = await mustAcquire(a, name);
    store.clock.advance(LEASE_MS - 1);

    await expect(a.renew(held)).resolves.toBe(true);
    store.clock.advance(LEASE_MS - 1);

    await expect(store.locks('worker-b').acquire(name)).resolves.toBeUndefined();
    await expect(store.rawLockItem(name)).resolves.toMatchObject({
      lockUntil: store.clock.now().getTime() + 1,
    });
  });

  it('when the holder releases, then the next worker gets it at once and the last holder stays visible', async () => {
    const name = freshLockName();
    const a = store.locks('worker-a');
    const held = await mustAcquire(a, name);

    await expect(a.release(held)).resolves.toBe(true);

    await expect(store.rawLockItem(name)).resolves.toEqual({ _id: name, lockedBy: 'worker-a', fence: 1 });
    await expect(store.locks('worker-b').acquire(name)).resolves.toMatchObject({
      owner: 'worker-b',
      fence: 2,
    });
  });
});

describe('withLock and withClaim', () => {
  it('when the lock is held elsewhere, then the work is skipped', async () => {
    const name = freshLockName();
    await store.locks('worker-a').acquire(name);
    const work = jest.fn(async () => 'ran');

    await expect(store.locks('worker-b').withLock(name, work)).resolves.toBe('skipped');
    expect(work).not.toHaveBeenCalled();
  });

  it('when the work finishes, then its result is returned and the claim is released', async () => {
    const locks = store.locks('worker-a');
    const seen: ActiveLock[] = [];

    const result = await locks.withClaim(7001, async (claim) => {
      seen.push(claim);
      return 'ran';
    });

    expect(result).toBe('ran');
    expect(seen[0]).toMatchObject({ id: claimIdFor(7001), owner: 'worker-a', fence: 1 });
    await expect(store.rawLockItem('booking#7001')).resolves.not.toHaveProperty('lockUntil');
  });

  it('when the work throws, then the error reaches the caller and the lock is released', async () => {
    const name = freshLockName();
    const failure = new Error('work failed');

    await expect(store.locks('worker-a').withLock(name, async () => Promise.reject(failure))).rejects.toBe(
      failure,
    );

    await expect(store.rawLockItem(name)).resolves.not.toHaveProperty('lockUntil');
  });

  it('when the work outlasts the lease, then the lease is renewed in the background and nobody can take it', async () => {
    const name = freshLockName();
    const leaseMs = 150;
    const holder = store.locks('worker-a', { leaseMs });
    const firstUntil = store.clock.now().getTime() + leaseMs;

    await holder.withLock(name, async () => {
      store.clock.advance(leaseMs); // the original lease is over by now...
      await eventually(async () => ((await store.rawLockItem(name))?.lockUntil as number) > firstUntil);
      // ...but the renewal extended it from the moved clock, so a contender still loses.
      await expect(store.locks('worker-b', { leaseMs }).acquire(name)).resolves.toBeUndefined();
    });
  });

  it('when the lease is taken over while the work runs, then the work is told through its abort signal', async () => {
    const name = freshLockName();
    const leaseMs = 150;
    const problems: LeaseProblem[] = [];
    const holder = store.locks('worker-a', { leaseMs, onLeaseProblem: (problem) => problems.push(problem) });

    await holder.withLock(name, async (lock) => {
      store.clock.advance(leaseMs + 1);
      await store.locks('worker-b', { leaseMs: LEASE_MS }).acquire(name);
      await eventually(() => lock.signal.aborted);
      expect(lock.signal.reason).toBeInstanceOf(LeaseLostError);
      expect(lock.signal.reason).toMatchObject({ lockId: name, why: 'taken-over' });
    });

    expect(problems).toEqual([expect.objectContaining({ kind: 'lost', lockId: name })]);
    await expect(store.rawLockItem(name)).resolves.toMatchObject({ lockedBy: 'worker-b', fence: 2 });
  });
});

describe('the write gate of a claim', () => {
  it('when a booking is claimed, then the claim is announced and its gate names it as the table does', async () => {
    const taken: ClaimTaken[] = [];
    const locks = store.locks('worker-a', { onClaimTaken: (claim) => taken.push(claim) });
    const takenAt = store.clock.now();

    await locks.withClaim(1200835, async (claim) => {
      const item = await store.rawLockItem(claimIdFor(1200835));
      expect(claim.writeGate).toMatchObject({
        claimId: 'booking#1200835',
        owner: 'worker-a',
        fence: item?.fence,
      });
      expect(claim.writeGate.msLeft()).toBeGreaterThan(0);
    });

    expect(taken).toEqual([{ lockId: 'booking#1200835', owner: 'worker-a', fence: 1, takenAt }]);
    await locks.withLock(freshLockName(), async () => undefined);
    expect(taken).toHaveLength(1); // job locks are not announced: the processor takes its own every cycle
  });

  it('when the monotonic clock passes lease less margin while the claim is held, then the gate is shut', async () => {
    let monotonic = 0;
    const locks = store.locks('worker-a', {
      leaseMs: LEASE_MS,
      safetyMarginMs: 5_000,
      monotonicNow: () => monotonic,
    });

    await locks.withClaim(1200836, async (claim) => {
      expect(claim.writeGate.msLeft()).toBe(LEASE_MS - 5_000);
      monotonic += LEASE_MS - 5_000; // frozen that long: no renewal went out meanwhile
      expect(claim.writeGate.msLeft()).toBe(0);
      expect(claim.signal.aborted).toBe(false);
    });
  });

  it('when the claim has been released, then a gate kept from it stays shut', async () => {
    const gate = await store.locks('worker-a').withClaim(1200837, async (claim) => claim.writeGate);

    expect(gate === 'skipped' ? undefined : gate.msLeft()).toBe(0);
  });
});
