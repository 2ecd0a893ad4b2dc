import { hostname } from 'node:os';
import { ConfigError } from '../config/config-error';
import { summariseConfig, warnUnreadVariables, type ConfigSchema, type Env } from '../config/load-config';
import { createLogger, type Logger, type LogLevel } from '../logging/create-logger';
import { onShutdown, type ShutdownHook } from './on-shutdown';

/**
 * An app's entry point: reads the environment once, then `start`s the app, which pushes the hooks that stop
 * it cleanly on SIGTERM and answers the fields of the `<name> started` line. Before the logger exists (bad
 * config) or while starting, a failure is told on stderr and ends the process.
 */
export function runMain<C extends { LOG_LEVEL: LogLevel }>(
  app: { name: string; schema: ConfigSchema; load(env: Env): C },
  start: (config: C, logger: Logger, hooks: ShutdownHook[]) => Promise<object>,
): void {
  const main = async () => {
    const config = app.load(process.env);
    const logger = createLogger({ name: app.name, level: config.LOG_LEVEL });
    warnUnreadVariables(logger, app.schema, process.env);
    const hooks: ShutdownHook[] = [];
    onShutdown(hooks, logger);
    logger.info({ config: summariseConfig(app.schema, config) }, `${app.name} starting`);
    logger.info(await start(config, logger, hooks), `${app.name} started`);
  };
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}

/** This process in lock owners and `x-ptpu-caller`: `HOSTNAME` (the pod name), else the host name. */
export function podName(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.HOSTNAME || hostname();
}
