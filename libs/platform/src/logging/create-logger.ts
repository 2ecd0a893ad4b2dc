import pino from 'pino';
import { currentLogContext } from './log-context';

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
