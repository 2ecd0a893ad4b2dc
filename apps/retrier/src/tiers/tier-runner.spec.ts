import type { RetryTier } from '@ptpu/domain';
import { createCapturingLogger } from '@ptpu/platform/testing';
import type { ActiveLock } from '@ptpu/store';
import { Registry } from 'prom-client';
import { createRetrierMetrics } from '../metrics';
import type { TierRunReport } from './run-tier';
import { TierRunner } from './tier-runner';
import type { JobLocks } from '@ptpu/booking-runner';

/** Job locks held by nobody else unless the test says so; records which lock names were taken. */
class FakeJobLocks implements JobLocks {
  readonly taken: string[] = [];
  heldElsewhere = false;

  async withLock<T>(name: string, fn: (lock: ActiveLock) => Promise<T>): Promise<T | 'skipped'> {
    if (this.heldElsewhere) return 'skipped';
    this.taken.push(name);
    const writeGate = { claimId: name, owner: 'test', fence: 1, msLeft: () => 60_000 };
    return fn({ id: name, owner: 'test', fence: 1, signal: new AbortController().signal, writeGate });
  }
}

const emptyReport = (tier: RetryTier): TierRunReport => ({
  tier,
  bookings: [],
  expiredRows: 0,
  stoppedEarly: false,
});

function runnerWith(runTier: (tier: RetryTier, signal: AbortSignal) => Promise<TierRunReport>) {
  const locks = new FakeJobLocks();
  const registry = new Registry();
  const { logger, lines } = createCapturingLogger();
  const runner = new TierRunner({
    locksOf: () => locks,
    runTier,
    metrics: createRetrierMetrics(registry),
    logger,
  });
  return { runner, locks, registry, lines };
}

/** A tier run that lasts until the test ends it. */
function pendingRun() {
  let finish: (report: TierRunReport) => void = () => undefined;
  const started: AbortSignal[] = [];
  const runTier = (_tier: RetryTier, signal: AbortSignal) =>
    new Promise<TierRunReport>((resolve) => {
      started.push(signal);
      finish = resolve;
    });
  return { runTier, started, finish: (report: TierRunReport) => finish(report) };
}

describe('TierRunner', () => {
  it('runs each tier under its own job lock', async () => {
    const { runner, locks } = runnerWith(async (tier) => emptyReport(tier));

    await runner.run('SHORT', 'schedule');
    await runner.run('LONG', 'operator');

    expect(locks.taken).toEqual(['retrier-short', 'retrier-long']);
  });

  it('when a tier fires while its previous run is still going, then it is not started twice', async () => {
    const run = pendingRun();
    const { runner, registry } = runnerWith(run.runTier);

    const first = runner.run('SHORT', 'schedule');
    await expect(runner.run('SHORT', 'schedule')).resolves.toEqual({
      tier: 'SHORT',
      result: 'already-running',
    });
    run.finish(emptyReport('SHORT'));

    await expect(first).resolves.toMatchObject({ result: 'completed' });
    expect(run.started).toHaveLength(1);
    expect(await registry.metrics()).toContain(
      'ptpu_retrier_tier_runs_total{tier="short",result="already-running"} 1',
    );
  });

  it('when another tier is running, then this one still starts', async () => {
    const run = pendingRun();
    const { runner } = runnerWith(async (tier, signal) =>
      tier === 'SHORT' ? run.runTier(tier, signal) : emptyReport(tier),
    );

    const short = runner.run('SHORT', 'schedule');
    await expect(runner.run('MEDIUM', 'schedule')).resolves.toMatchObject({
      tier: 'MEDIUM',
      result: 'completed',
    });
    run.finish(emptyReport('SHORT'));
    await short;
  });

  it('when another pod holds the lock, then the run is skipped and a later firing may run', async () => {
    const { runner, locks } = runnerWith(async (tier) => emptyReport(tier));
    locks.heldElsewhere = true;

    await expect(runner.run('MEDIUM', 'schedule')).resolves.toEqual({
      tier: 'MEDIUM',
      result: 'locked-elsewhere',
    });
    locks.heldElsewhere = false;
    await expect(runner.run('MEDIUM', 'schedule')).resolves.toMatchObject({ result: 'completed' });
  });

  it('when the run fails, then the outcome says so with the code, it is logged, and the tier can run again', async () => {
    const failure = Object.assign(new Error('query failed'), { code: 'AWS.UNAVAILABLE' });
    let calls = 0;
    const { runner, lines } = runnerWith(async (tier) => {
      calls += 1;
      if (calls === 1) throw failure;
      return emptyReport(tier);
    });

    await expect(runner.run('LONG', 'schedule')).resolves.toEqual({
      tier: 'LONG',
      result: 'failed',
      errorCode: 'AWS.UNAVAILABLE',
    });
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'error', tier: 'long', trigger: 'schedule' }),
    );
    await expect(runner.run('LONG', 'schedule')).resolves.toMatchObject({ result: 'completed' });
  });

  it('when stopped, then running tiers are told to stop starting bookings, awaited, and no new run starts', async () => {
    const run = pendingRun();
    const { runner } = runnerWith(run.runTier);
    const running = runner.run('SHORT', 'schedule');

    const stopped = runner.stop();
    expect(run.started[0].aborted).toBe(true);
    run.finish({ ...emptyReport('SHORT'), stoppedEarly: true });
    await stopped;

    await expect(running).resolves.toMatchObject({ result: 'completed' });
    await expect(runner.run('MEDIUM', 'schedule')).resolves.toMatchObject({ result: 'stopping' });
  });
});
