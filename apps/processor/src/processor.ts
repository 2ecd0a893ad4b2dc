import { createProcessingAdapters, createProcessingMetrics } from '@ptpu/booking-runner';
import {
  appInfo,
  createMetricsRegistry,
  createOpsApp,
  startHttpServer,
  type Logger,
  type ShutdownHook,
} from '@ptpu/platform';
import type { ProcessorConfig } from './config';
import { ProcessingLoop, workDueBooking } from './loop/processing-loop';

export type RunningProcessor = Awaited<ReturnType<typeof startProcessor>>;

// Within Kubernetes' default 30 s grace period, after the HTTP server's share.
const LOOP_STOP_LIMIT_MS = 25_000;

export async function startProcessor(
  config: ProcessorConfig,
  logger: Logger,
  // Tests that drive cycles themselves (`loop.runOnce()`) say false.
  options: { startLoop?: boolean } = {},
) {
  const clock = { now: () => new Date() };
  const registry = createMetricsRegistry();
  const adapters = await createProcessingAdapters(config, {
    logger,
    clock,
    roleName: 'ptpu-processor',
    registry,
  });
  // The job lock and the claims of the bookings its cycles work share one owner.
  const locks = adapters.newLocks('processor');
  const booking = {
    claims: locks,
    processing: adapters.processing,
    metrics: createProcessingMetrics(registry),
    logger,
  };
  const loop = new ProcessingLoop({
    rows: adapters.repository,
    booking,
    locks,
    clock,
    logger,
    holdBackMs: config.PRISONTOPROBATION_HOLD_BACK_DURATION,
    concurrency: config.PTPU_PROCESSING_CONCURRENCY,
    delayMs: config.PRISONTOPROBATION_MESSAGE_PROCESSOR_DELAY,
  });
  // Claims and works one booking, as each cycle does for every due booking (tests).
  const worker = { work: (bookingId: number) => workDueBooking(bookingId, booking) };
  // Only the platform's ops routes (docs/architecture.md, HTTP surface).
  const app = createOpsApp({ info: appInfo('processor', config), health: adapters.health, registry, logger });

  const server = await startHttpServer(app, config.PORT, logger);
  if (options.startLoop ?? true) loop.start();
  // onShutdown runs hooks last-first: the loop finishes its bookings while /health still answers.
  const shutdownHooks: ShutdownHook[] = [
    { name: 'telemetry', run: () => adapters.telemetry.close() },
    { name: 'http server', run: () => server.close() },
    { name: 'processing loop', run: () => loop.stop(), timeoutMs: LOOP_STOP_LIMIT_MS },
  ];
  return {
    url: server.url,
    loop,
    worker,
    // Who this instance is in the schedule table's `lockedBy`.
    owner: locks.owner,
    shutdownHooks,
    /** Runs the shutdown hooks and releases the SDK clients (tests). */
    async stop() {
      for (const hook of [...shutdownHooks].reverse()) await hook.run();
      adapters.destroy();
    },
  };
}
