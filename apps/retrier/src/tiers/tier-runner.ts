import { performance } from 'node:perf_hooks';
import type { RetryTier } from '@ptpu/domain';
import { withLogContext, type Logger } from '@ptpu/platform';
import type { ActiveLock } from '@ptpu/store';
import type { RetrierMetrics } from '../metrics';
import type { TierRunReport } from './run-tier';
import { tierLabel, tierLockName } from './tier-label';
import { summariseTierRun } from './tier-summary';

/** How a request to run a tier ended. */
export type TierRunOutcome =
  | { tier: RetryTier; result: 'completed'; report: TierRunReport }
  /** This process is still running the tier from an earlier firing or request. */
  | { tier: RetryTier; result: 'already-running' }
  /** Another pod holds the tier's job lock. */
  | { tier: RetryTier; result: 'locked-elsewhere' }
  /** The run failed (its query or the lock table); the next firing tries again. */
  | { tier: RetryTier; result: 'failed'; errorCode: string };

/** Why the tier was run: its cron fired, or an operator asked. */
export type TierTrigger = 'schedule' | 'operator';

/** Job locks as `DynamoLocks` hands them out. */
export interface JobLocks {
  withLock<T>(name: string, fn: (lock: ActiveLock) => Promise<T>): Promise<T | 'skipped'>;
}

export interface TierRunnerDeps {
  /** Each tier's own locks (one owner per tier): its job lock and the claims of the bookings it works. */
  locksOf(tier: RetryTier): JobLocks;
  /** One run of the tier; stops starting bookings once `signal` is aborted. */
  runTier(tier: RetryTier, signal: AbortSignal): Promise<TierRunReport>;
  metrics: RetrierMetrics;
  logger: Logger;
}

/**
 * Starts tier runs, each under its own job lock (`retrier-short`, ...) so one tier never waits for another or
 * for the processor, and at most one run of a tier at a time in this process: a tier that fires again while it
 * is still running is not started twice. Never rejects; every outcome is logged and counted here.
 */
export class TierRunner {
  private readonly running = new Map<RetryTier, Promise<TierRunOutcome>>();
  private readonly stopping = new AbortController();

  constructor(private readonly deps: TierRunnerDeps) {}

  run(tier: RetryTier, trigger: TierTrigger): Promise<TierRunOutcome> {
    if (this.stopping.signal.aborted)
      return this.notStarted(tier, trigger, 'the retrier is stopping: tier not started');
    if (this.running.has(tier)) {
      return this.notStarted(
        tier,
        trigger,
        'tier is still running from an earlier firing or request: not started again',
      );
    }
    const run = this.runUnderLock(tier, trigger).finally(() => this.running.delete(tier));
    this.running.set(tier, run);
    return run;
  }

  /** Stops the running tiers starting bookings, and waits for the bookings they are working to finish. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await Promise.all(this.running.values());
  }

  private runUnderLock(tier: RetryTier, trigger: TierTrigger): Promise<TierRunOutcome> {
    return withLogContext({ tier: tierLabel(tier), trigger }, async () => {
      const { logger, metrics } = this.deps;
      const started = performance.now();
      try {
        const report = await this.deps
          .locksOf(tier)
          .withLock(tierLockName(tier), (lock) =>
            this.deps.runTier(tier, AbortSignal.any([lock.signal, this.stopping.signal])),
          );
        if (report === 'skipped') {
          logger.info('tier is being run by another pod: skipped');
          return this.counted({ tier, result: 'locked-elsewhere' });
        }
        const seconds = (performance.now() - started) / 1000;
        metrics.tierRunSeconds.observe({ tier: tierLabel(tier) }, seconds);
        for (const booking of report.bookings)
          metrics.bookings.inc({ tier: tierLabel(tier), result: booking.result });
        logger.info(
          { ...summariseTierRun(report), durationMs: Math.round(seconds * 1000) },
          'tier run finished',
        );
        return this.counted({ tier, result: 'completed', report });
      } catch (err) {
        logger.error({ err }, 'tier run failed: the next firing tries again');
        const code = (err as { code?: unknown }).code;
        return this.counted({
          tier,
          result: 'failed',
          errorCode: typeof code === 'string' ? code : 'UNEXPECTED',
        });
      }
    });
  }

  private async notStarted(tier: RetryTier, trigger: TierTrigger, why: string): Promise<TierRunOutcome> {
    withLogContext({ tier: tierLabel(tier), trigger }, () => this.deps.logger.warn(why));
    return this.counted({ tier, result: 'already-running' });
  }

  private counted(outcome: TierRunOutcome): TierRunOutcome {
    this.deps.metrics.tierRuns.inc({ tier: tierLabel(outcome.tier), result: outcome.result });
    return outcome;
  }
}
