import { createLogger, type Logger, type LogLevel } from '../logging/create-logger';

/** A logger whose lines are kept as parsed JSON objects, for tests that assert on what was logged. */
export function createCapturingLogger(options: { name?: string; level?: LogLevel } = {}): {
  logger: Logger;
  lines: Record<string, unknown>[];
} {
  const lines: Record<string, unknown>[] = [];
  const destination = { write: (line: string) => void lines.push(JSON.parse(line)) };
  const logger = createLogger({ name: options.name ?? 'test', level: options.level ?? 'debug', destination });
  return { logger, lines };
}
