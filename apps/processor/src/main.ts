/**
 * The processor's entry point (`npm start` runs it with tsx; the image runs the esbuild bundle): reads the
 * environment once, then starts the processing loop and the HTTP server and stops them cleanly on SIGTERM.
 */
import {
  ConfigError,
  createLogger,
  warnUnreadVariables,
  onShutdown,
  summariseConfig,
  type ShutdownHook,
} from '@ptpu/platform';
import { loadProcessorConfig, processorConfigSchema } from './config';
import { startProcessor } from './processor';

async function main(): Promise<void> {
  const config = loadProcessorConfig(process.env);
  const logger = createLogger({ name: 'processor', level: config.LOG_LEVEL });
  warnUnreadVariables(logger, processorConfigSchema, process.env);
  const hooks: ShutdownHook[] = [];
  onShutdown(hooks, logger);
  logger.info({ config: summariseConfig(processorConfigSchema, config) }, 'processor starting');
  const processor = await startProcessor(config, logger);
  hooks.push(...processor.shutdownHooks);
  logger.info({ url: processor.url, owner: processor.owner }, 'processor started');
}

main().catch((error: unknown) => {
  // Before the logger exists (bad config) or while starting: say why on stderr and stop.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
