import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';

export type Logger = pino.Logger;

export type LogLevel = pino.LevelWithSilent;

interface LoggerOptions {
  /** The app's name (`validator`, ...), on every line. */
  name: string;
  level: LogLevel;
  /** Default stdout; tests pass a stream to read the lines back. */
  destination?: pino.DestinationStream;
}

/** One JSON logger per process; each line carries the log context in force, and an `err` its `cause`s. */
export function createLogger({ name, level, destination }: LoggerOptions): Logger {
  return pino(
    {
      name,
      level,
      base: { name },
      mixin: () => currentLogContext(),
      serializers: { err: pino.stdSerializers.errWithCause },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? pino.destination({ sync: true }),
  );
}

/** Fields every log line carries while a message or request is being handled. */
export type LogContext = Readonly<Record<string, unknown>> & { messageId?: string; eventType?: string };

const storage = new AsyncLocalStorage<Record<string, unknown>>();

/**
 * Runs `fn` with `fields` added to the current log context, so every line logged inside (however deep,
 * across awaits) carries them without the logger being passed around. Nested calls add to the outer fields.
 */
export function withLogContext<T>(fields: LogContext, fn: () => T): T {
  return storage.run({ ...storage.getStore(), ...fields }, fn);
}

/** Adds to the context in force; does nothing outside `withLogContext`, where there is no unit of work. */
export function addLogContext(fields: LogContext): void {
  const store = storage.getStore();
  if (store) Object.assign(store, fields);
}

export function currentLogContext(): LogContext {
  return { ...storage.getStore() };
}
