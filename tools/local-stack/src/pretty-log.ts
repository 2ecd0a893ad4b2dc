import { prettyFactory } from 'pino-pretty';

/**
 * Readable log lines for `npm start`. The apps always log JSON (one object a line, as production collects it);
 * at a desk that is hard to follow across four apps, so the local stack runs each line through pino-pretty, on
 * one line, behind the name of the app it came from. Anything that is not a JSON log line (a stack trace on
 * stderr, the sandbox's request lines) passes through unchanged beside the prefix.
 */
export interface LogFormatterOptions {
  /** The prefix of every line: the app (or process) whose output this is. */
  app: string;
  /** The app column's width, so that the columns of several apps line up. */
  appWidth?: number;
  /** ANSI colours (for a terminal). */
  colour?: boolean;
}

/** Turns one line of a process's output into the line to print. */
export type LogFormatter = (line: string) => string;

export function createLogFormatter({
  app,
  appWidth = app.length,
  colour = false,
}: LogFormatterOptions): LogFormatter {
  const pretty = prettyFactory({
    colorize: colour,
    singleLine: true,
    translateTime: 'HH:MM:ss.l',
    // The prefix names the app; the host and process are the same for every line.
    ignore: 'pid,hostname,name',
    // An error stays a field like any other, on its entry's line, so the apps' lines never interleave.
    errorLikeObjectKeys: [],
  });
  const prefix = app.padEnd(appWidth);
  return (line) => `${prefix} ${isLogEntry(line) ? pretty(line).trimEnd() : line}`;
}

function isLogEntry(line: string): boolean {
  try {
    const entry: unknown = JSON.parse(line);
    return typeof entry === 'object' && entry !== null && 'level' in entry && 'msg' in entry;
  } catch {
    return false;
  }
}
