/**
 * The retrier's entry point (`npm start` runs it with tsx; the image runs the esbuild bundle): reads the
 * environment once, then starts the tier schedules and the HTTP server and stops them cleanly on SIGTERM.
 */
import {
  ConfigError,
  createLogger,
  warnUnreadVariables,
  onShutdown,
  summariseConfig,
  type ShutdownHook,
} from '@ptpu/platform';
import { loadRetrierConfig, retrierConfigSchema } from './config';
import { startRetrier } from './retrier';

async function main(): Promise<void> {
  const config = loadRetrierConfig(process.env);
  const logger = createLogger({ name: 'retrier', level: config.LOG_LEVEL });
  warnUnreadVariables(logger, retrierConfigSchema, process.env);
  const hooks: ShutdownHook[] = [];
  onShutdown(hooks, logger);
  logger.info({ config: summariseConfig(retrierConfigSchema, config) }, 'retrier starting');
  const retrier = await startRetrier(config, logger);
  hooks.push(...retrier.shutdownHooks);
  logger.info({ url: retrier.url }, 'retrier started');
}

main().catch((error: unknown) => {
  // Before the logger exists (bad config) or while starting: say why on stderr and stop.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
