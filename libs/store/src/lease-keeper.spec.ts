import { FixedClock } from '@ptpu/domain/testing';
import { LeaseKeeper } from './lease-keeper';

const LEASE_MS = 30_000;
const MARGIN_MS = 3_000;
const lock = { id: 'booking#1200835', owner: 'pod-a/processor/1', fence: 7 };

/** A monotonic clock the test moves; renewal answers the test gives when it wants to. */
function setUp() {
  let monotonic = 1_000;
  const wall = new FixedClock('2026-01-15T10:00:00.000Z');
  const answers: ((ours: boolean) => void)[] = [];
  const keeper = new LeaseKeeper(lock, wall.now().getTime() + LEASE_MS, {
    renew: () => new Promise<boolean>((resolve) => answers.push(resolve)),
    clock: wall,
    leaseMs: LEASE_MS,
    monotonicNow: () => monotonic,
    acquireSentAt: monotonic,
    safetyMarginMs: MARGIN_MS,
  });
  const advance = (ms: number) => {
    monotonic += ms;
    wall.advance(ms);
  };
  return { keeper, gate: keeper.active.writeGate, advance, answers };
}

describe('the write gate of a held lease', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['performance'] }));
  afterEach(() => jest.useRealTimers());

  it('names the claim it guards', async () => {
    const { keeper, gate } = setUp();

    expect(gate).toMatchObject({ claimId: 'booking#1200835', owner: 'pod-a/processor/1', fence: 7 });
    await keeper.stop();
  });

  it('when no renewal has come back, then it counts down from the acquire and is shut at lease less margin', async () => {
    const { keeper, gate, advance } = setUp();

    expect(gate.msLeft()).toBe(LEASE_MS - MARGIN_MS);
    advance(LEASE_MS - MARGIN_MS - 1);
    expect(gate.msLeft()).toBe(1);
    advance(1);
    expect(gate.msLeft()).toBe(0);
    advance(60_000);
    expect(gate.msLeft()).toBeLessThan(0);
    await keeper.stop();
  });

  it('when a renewal succeeds, then the lease counts from when it was sent, not from when it came back', async () => {
    const { keeper, gate, advance, answers } = setUp();
    advance(LEASE_MS / 3);
    await jest.advanceTimersByTimeAsync(LEASE_MS / 3); // the renewal is sent now
    expect(answers).toHaveLength(1);

    advance(5_000); // ...and answers 5 s later
    answers[0]?.(true);
    await Promise.resolve();

    expect(gate.msLeft()).toBe(LEASE_MS - MARGIN_MS - 5_000);
    await keeper.stop();
  });

  it('when a renewal hangs, then the gate shuts on time all the same', async () => {
    const { keeper, gate, advance, answers } = setUp();
    await jest.advanceTimersByTimeAsync(LEASE_MS / 3);
    expect(answers).toHaveLength(1); // sent, never answered: a hung call, or a frozen process

    advance(LEASE_MS - MARGIN_MS);

    expect(gate.msLeft()).toBeLessThanOrEqual(0);
    expect(keeper.active.signal.aborted).toBe(false); // what was checked before, and still says "go on"
    answers[0]?.(true);
    await keeper.stop();
  });

  it("when the lease turns out to be someone else's, then the gate shuts at once", async () => {
    const { keeper, gate, answers } = setUp();
    await jest.advanceTimersByTimeAsync(LEASE_MS / 3);

    answers[0]?.(false);
    await Promise.resolve();
    await Promise.resolve();

    expect(keeper.active.signal.aborted).toBe(true);
    expect(gate.msLeft()).toBe(0);
    await keeper.stop();
  });

  it('when the work has ended, then the gate is shut although time is left', async () => {
    const { keeper, gate } = setUp();

    await keeper.stop();

    expect(gate.msLeft()).toBe(0);
  });
});
