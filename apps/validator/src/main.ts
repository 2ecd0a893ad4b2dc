/**
 * The validator's entry point (`npm start` runs it with tsx; the image runs the esbuild bundle): reads the
 * environment once, then starts the consumer and the HTTP server and stops them cleanly on SIGTERM.
 */
import {
  ConfigError,
  createLogger,
  warnUnreadVariables,
  onShutdown,
  summariseConfig,
  type ShutdownHook,
} from '@ptpu/platform';
import { loadValidatorConfig, validatorConfigSchema } from './config';
import { startValidator } from './validator';

async function main(): Promise<void> {
  const config = loadValidatorConfig(process.env);
  const logger = createLogger({ name: 'validator', level: config.LOG_LEVEL });
  warnUnreadVariables(logger, validatorConfigSchema, process.env);
  const hooks: ShutdownHook[] = [];
  onShutdown(hooks, logger);
  logger.info({ config: summariseConfig(validatorConfigSchema, config) }, 'validator starting');
  const validator = await startValidator(config, logger);
  hooks.push(...validator.shutdownHooks);
  logger.info({ url: validator.url, managementUrl: validator.managementUrl }, 'validator started');
}

main().catch((error: unknown) => {
  // Before the logger exists (bad config) or while starting: say why on stderr and stop.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
