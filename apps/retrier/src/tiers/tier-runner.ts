import { JobRunner, type JobLocks, type JobOutcome } from '@ptpu/booking-runner';
import type { RetryTier } from '@ptpu/domain';
import { withLogContext, type Logger } from '@ptpu/platform';
import type { RetrierMetrics } from '../metrics';
import { summariseTierRun, type TierRunReport } from './run-tier';
import { tierLabel } from './tier-label';

export type TierRunOutcome = { tier: RetryTier } & JobOutcome<TierRunReport>;

export type TierTrigger = 'schedule' | 'operator';

/** The job lock that keeps one runner of the tier across pods (docs/architecture.md, Locks and claims). */
export function tierLockName(tier: RetryTier): string {
  return `retrier-${tierLabel(tier)}`;
}

export interface TierRunnerDeps {
  /** Each tier's own locks (one owner per tier): its job lock and the claims of the bookings it works. */
  locksOf(tier: RetryTier): JobLocks;
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
  private readonly jobs: JobRunner;

  constructor(private readonly deps: TierRunnerDeps) {
    this.jobs = new JobRunner(deps.logger);
  }

  run(tier: RetryTier, trigger: TierTrigger): Promise<TierRunOutcome> {
    return withLogContext({ tier: tierLabel(tier), trigger }, async () => {
      const { logger, metrics } = this.deps;
      const outcome = await this.jobs.run(tierLockName(tier), this.deps.locksOf(tier), (signal) =>
        this.deps.runTier(tier, signal),
      );
      switch (outcome.result) {
        case 'completed':
          metrics.tierRunSeconds.observe({ tier: tierLabel(tier) }, outcome.seconds);
          for (const booking of outcome.value.bookings)
            metrics.bookings.inc({ tier: tierLabel(tier), result: booking.result });
          logger.info(
            { ...summariseTierRun(outcome.value), durationMs: Math.round(outcome.seconds * 1000) },
            'tier run finished',
          );
          break;
        case 'stopping':
          logger.warn('the retrier is stopping: tier not started');
          break;
        case 'already-running':
          logger.warn('tier is still running from an earlier firing or request: not started again');
          break;
        case 'locked-elsewhere':
          logger.info('tier is being run by another pod: skipped');
          break;
        case 'failed':
          // The job runner logged it with its cause.
          break;
      }
      metrics.tierRuns.inc({ tier: tierLabel(tier), result: outcome.result });
      return { tier, ...outcome };
    });
  }

  /** Stops the running tiers starting bookings, and waits for the bookings already started. */
  stop(): Promise<void> {
    return this.jobs.stop();
  }
}
