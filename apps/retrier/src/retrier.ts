import { createProcessingAdapters, createProcessingMetrics, workBooking } from '@ptpu/booking-runner';
import { RETRY_TIERS, rowsOfTier, waitingRows, type Clock, type RetryTier } from '@ptpu/domain';
import {
  BackgroundJobs,
  appInfo,
  createJwtVerifier,
  createMetricsRegistry,
  createOpsApp,
  startHttpServer,
  type Logger,
  type ShutdownHook,
} from '@ptpu/platform';
import { EventConsumer, openQueuePair, queueAdminRouter } from '@ptpu/queues';
import { DynamoDryRunRows, DynamoPendingBacklog, type DynamoLocks } from '@ptpu/store';
import { adminRouter } from './admin/admin.routes';
import { PendingBacklogRefresher } from './backlog/pending-backlog-refresher';
import { reprocessBooking, type ReprocessMode } from './bookings/reprocess-booking';
import type { RetrierConfig } from './config';
import { createRetrierMetrics } from './metrics';
import { describeProbationMessage, probationEventHandler } from './probation/probation-event-handler';
import { tierSchedule } from './schedule/tier-schedule';
import { TierScheduler } from './schedule/tier-scheduler';
import { runTier } from './tiers/run-tier';
import { TierRunner, tierLockName, type TierRunOutcome, type TierTrigger } from './tiers/tier-runner';

export type RunningRetrier = Awaited<ReturnType<typeof startRetrier>>;

export interface RetrierOptions {
  clock?: Clock;
  /** Whether the crons start firing; tests that walk a simulated clock through the schedules say false. */
  startSchedules?: boolean;
  /** Names this process in `lockedBy`; default the host name (the pod name in Kubernetes). */
  podName?: string;
}

// Within Kubernetes' default 30 s grace period, after the HTTP server's share.
const TIER_STOP_LIMIT_MS = 25_000;
// Often enough for the backlog alert (which looks at hours), at four small Queries a minute.
const BACKLOG_REFRESH_MS = 60_000;

export async function startRetrier(config: RetrierConfig, logger: Logger, options: RetrierOptions = {}) {
  const clock = options.clock ?? { now: () => new Date() };
  const registry = createMetricsRegistry();
  const adapters = await createProcessingAdapters(config, {
    logger,
    clock,
    roleName: 'ptpu-retrier',
    podName: options.podName,
    registry,
  });
  const { repository, newLocks, dynamodb: client } = adapters;
  const messageTable = config.DYNAMODB_TABLENAME;
  const dryRunRows = new DynamoDryRunRows({
    client,
    messageTable,
    scheduleTable: config.DYNAMODB_SCHEDULE_TABLENAME,
    clock,
    leaseEvents: adapters.leaseEvents,
  });
  const bookingDeps = { processing: adapters.processing, metrics: createProcessingMetrics(registry), logger };

  // Each tier's job lock and the claims of the bookings it works share one owner of their own.
  const tierLocks = new Map(RETRY_TIERS.map((tier) => [tier, newLocks(tierLockName(tier))]));
  const locksOf = (tier: RetryTier) => tierLocks.get(tier) as DynamoLocks;
  const retrierMetrics = createRetrierMetrics(registry);
  const tierRunner = new TierRunner({
    locksOf,
    runTier: (tier, signal) =>
      runTier(
        tier,
        {
          pendingRowsOfTier: (t) => repository.pendingRowsOfTier(t),
          workBooking: (bookingId) =>
            workBooking(bookingId, rowsOfTier(tier), { ...bookingDeps, claims: locksOf(tier) }),
          clock,
          concurrency: config.PTPU_PROCESSING_CONCURRENCY,
          logger,
        },
        signal,
      ),
    metrics: retrierMetrics,
    logger,
  });
  const pendingBacklog = new DynamoPendingBacklog({ client, messageTable });
  const backlog = new PendingBacklogRefresher({
    countPending: () => pendingBacklog.count(),
    gauge: retrierMetrics.pendingMessages,
    logger,
    intervalMs: BACKLOG_REFRESH_MS,
  });
  // A tier run moves rows between states and out of the backlog: show that without waiting for the interval
  // (and without holding the run's outcome back for the count).
  const runTierAndRefresh = async (tier: RetryTier, trigger: TierTrigger): Promise<TierRunOutcome> => {
    const outcome = await tierRunner.run(tier, trigger);
    void backlog.refresh();
    return outcome;
  };
  const schedules = [
    tierSchedule('SHORT', config.RETRY_SCHEDULES_SHORT_CRON),
    tierSchedule('MEDIUM', config.RETRY_SCHEDULES_MEDIUM_CRON),
    tierSchedule('LONG', config.RETRY_SCHEDULES_LONG_CRON),
  ];
  const scheduler = new TierScheduler({
    schedules,
    clock,
    fire: (tier) => runTierAndRefresh(tier, 'schedule'),
    onExhausted: (tier) =>
      logger.error({ tier }, 'the tier cron will never fire again: its rows are no longer retried'),
  });

  // A changed Delius case works the bookings waiting on it now, under claims of an owner of its own.
  const probation = await openQueuePair(config, logger, {
    queueId: 'probationeventqueue',
    queueName: config.HMPPS_SQS_QUEUES_PROBATIONEVENTQUEUE_QUEUE_NAME,
    dlqName: config.HMPPS_SQS_QUEUES_PROBATIONEVENTQUEUE_DLQ_NAME,
  });
  const probationLocks = newLocks('probation');
  const probationConsumer = new EventConsumer({
    name: 'probation event',
    sqs: probation.sqs,
    queues: probation.queues,
    settings: probation.settings,
    concurrency: config.PTPU_CONSUMER_CONCURRENCY,
    errorVisibilityMs: config.PTPU_ERROR_VISIBILITY,
    handler: probationEventHandler({
      rows: repository,
      work: (bookingId) => workBooking(bookingId, waitingRows, { ...bookingDeps, claims: probationLocks }),
      deadLetters: probation.deadLetters,
    }),
    metrics: retrierMetrics.probationEvents,
    logger,
  });

  const reprocess = (bookingId: number, mode?: ReprocessMode) =>
    reprocessBooking(bookingId, { ...bookingDeps, dryRunRows, newClaims: () => newLocks('admin') }, mode);
  const jobs = new BackgroundJobs(logger);
  const verifier = createJwtVerifier({
    oauthEndpointUrl: config.OAUTH_ENDPOINT_URL,
    issuer: config.OAUTH_ISSUER,
    logger,
  });
  const app = createOpsApp({
    info: appInfo('retrier', config),
    health: [...adapters.health, probation.health],
    registry,
    logger,
  });
  const admin = adminRouter({
    runTier: runTierAndRefresh,
    reprocessBooking: reprocess,
    rows: repository,
    nomsNumberOfCase: (crn) => adapters.processing.communityApi.nomsNumberOfCase(crn),
    jobs,
    verifier,
  });
  // hmpps-sqs's queue-admin for the probation event queue.
  const queueAdmin = queueAdminRouter({
    sqs: probation.sqs,
    queues: [{ ...probation.queues, describe: describeProbationMessage }],
    maxRedrives: config.PTPU_DLQ_MAX_REDRIVES,
    jobs,
    verifier,
    metrics: retrierMetrics.probationDlq,
    telemetry: adapters.telemetry,
    logger,
  });
  for (const router of [admin, queueAdmin]) app.use(router.routes()).use(router.allowedMethods());

  const server = await startHttpServer(app, config.PORT, logger);
  backlog.start();
  probationConsumer.start();
  if (options.startSchedules ?? true) {
    scheduler.start();
    logger.info({ nextFirings: Object.fromEntries(scheduler.nextFirings()) }, 'retry tiers scheduled');
  }
  // onShutdown runs hooks last-first: no probation events taken (those received are finished), no new
  // firings, running tiers finish their bookings (and the refresh each ends), the backlog interval, HTTP.
  const shutdownHooks: ShutdownHook[] = [
    { name: 'telemetry', run: () => adapters.telemetry.close() },
    { name: 'http server', run: () => server.close() },
    { name: 'backlog refresh', run: () => backlog.stop() },
    { name: 'tier runs', run: () => tierRunner.stop(), timeoutMs: TIER_STOP_LIMIT_MS },
    { name: 'background jobs', run: () => jobs.stop(), timeoutMs: TIER_STOP_LIMIT_MS },
    { name: 'tier schedules', run: () => scheduler.stop() },
    { name: 'probation event consumer', run: () => probationConsumer.stop(), timeoutMs: TIER_STOP_LIMIT_MS },
  ];
  return {
    url: server.url,
    schedules,
    // As its cron or an operator would (tests drive the schedules through this).
    runTier: runTierAndRefresh,
    shutdownHooks,
    /** Runs the shutdown hooks and releases the SDK clients (tests). */
    async stop() {
      for (const hook of [...shutdownHooks].reverse()) await hook.run();
      probation.sqs.destroy();
      adapters.destroy();
    },
  };
}
