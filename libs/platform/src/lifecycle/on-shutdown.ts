import type { EventEmitter } from 'node:events';
import { withTimeLimit } from '../async/with-time-limit';
import type { Logger } from '../logging/create-logger';

export interface ShutdownHook {
  name: string;
  run(): Promise<void> | void;
  /** How long it may take before shutdown moves on. */
  timeoutMs?: number;
}

interface ShutdownOptions {
  /** Injectable so tests do not end their process; default `process.exit`. */
  exit?: (code: number) => void;
  /** Where signals and process errors are heard; default `process`. */
  target?: EventEmitter;
  hookTimeoutMs?: number;
}

/**
 * On SIGTERM/SIGINT runs `hooks` in reverse order of registration (last started, first stopped), each
 * within its time limit, then exits: 0 if every hook finished, 1 otherwise; a second signal exits at once.
 * `unhandledRejection` and `uncaughtException` are logged and end the process with 1: its state is unknown.
 * `hooks` is read when the signal arrives, so hooks pushed after this call are honoured.
 */
export function onShutdown(
  hooks: readonly ShutdownHook[],
  logger: Logger,
  options: ShutdownOptions = {},
): { shutdown(reason: string): Promise<void>; dispose(): void } {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const target: EventEmitter = options.target ?? process;
  let stopping = false;

  async function shutdown(reason: string): Promise<void> {
    if (stopping) {
      logger.warn({ reason }, 'shutdown already in progress: exiting now');
      exit(1);
      return;
    }
    stopping = true;
    logger.info({ reason }, 'shutting down');
    let failed = false;
    for (const hook of [...hooks].reverse()) {
      try {
        await withTimeLimit(() => hook.run(), hook.timeoutMs ?? options.hookTimeoutMs ?? 10_000, hook.name);
        logger.info({ hook: hook.name }, 'stopped');
      } catch (error) {
        failed = true;
        logger.error({ err: error, hook: hook.name }, 'did not stop cleanly');
      }
    }
    logger.info('shutdown complete');
    exit(failed ? 1 : 0);
  }

  const onSignal = (signal: unknown) => void shutdown(String(signal));
  const onFatal = (kind: string) => (error: unknown) => {
    logger.fatal({ err: error }, kind);
    exit(1);
  };
  const listeners: [string, (arg: unknown) => void][] = [
    ['SIGTERM', onSignal],
    ['SIGINT', onSignal],
    ['unhandledRejection', onFatal('unhandledRejection')],
    ['uncaughtException', onFatal('uncaughtException')],
  ];
  listeners.forEach(([event, listener]) => target.on(event, listener));

  return { shutdown, dispose: () => listeners.forEach(([event, listener]) => target.off(event, listener)) };
}
