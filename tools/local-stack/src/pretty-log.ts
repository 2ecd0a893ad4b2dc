/**
 * Readable log lines for `npm start`. The apps always log JSON (one object a line, as production collects it);
 * at a desk that is hard to follow across four apps, so the local stack reformats each line it forwards:
 *
 *   validator  12:00:01.234 INFO  message stored  messageId=m-1 eventType=BOOKING_NUMBER-CHANGED
 *
 * One line per entry, the app first, then the time of day, the level, the message and the remaining fields as
 * key=value. The start-up `config` object is shown once per app, as one line of KEY=value pairs; an `err` is shown
 * as its type, message and chain of causes, with the frame it was thrown from. Anything that is not a JSON log
 * line (a stack trace on stderr, the sandbox's request lines) passes through unchanged beside the prefix.
 */

export interface LogFormatterOptions {
  /** The prefix of every line: the app (or process) whose output this is. */
  app: string;
  /** The app column's width, so that the columns of several apps line up. */
  appWidth?: number;
  /** ANSI colours for the level and the prefix (for a terminal). */
  colour?: boolean;
  /**
   * Config settings already printed (KEY -> value). Formatters that share one map print each setting once across
   * apps: the AWS endpoints, tables and upstreams the apps have in common appear with the first app only.
   */
  shownSettings?: Map<string, string>;
}

/** Turns one line of a process's output into the line to print. Keeps state: the config is shown once. */
export type LogFormatter = (line: string) => string;

interface LogEntry {
  level?: unknown;
  time?: unknown;
  name?: unknown;
  msg?: unknown;
  config?: unknown;
  err?: unknown;
  [field: string]: unknown;
}

const LEVEL_COLOURS: Record<string, number> = {
  trace: 90,
  debug: 36,
  info: 32,
  warn: 33,
  error: 31,
  fatal: 35,
};
/** pino's numeric levels, for lines logged without the level formatter. */
const LEVEL_NAMES: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

export function createLogFormatter({
  app,
  appWidth = app.length,
  colour = false,
  shownSettings = new Map<string, string>(),
}: LogFormatterOptions): LogFormatter {
  const paint = (code: number, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  const prefix = paint(1, app.padEnd(appWidth));

  return (line) => {
    const entry = parseEntry(line);
    if (!entry) return `${prefix}  ${line}`;
    const { level, time, name, msg, config, err, ...fields } = entry;
    const levelName = typeof level === 'number' ? (LEVEL_NAMES[level] ?? String(level)) : String(level);
    const head = [
      timeOfDay(time),
      paint(LEVEL_COLOURS[levelName] ?? 0, levelName.toUpperCase().padEnd(5)),
      typeof msg === 'string' ? msg : formatValue(msg),
    ].filter((part) => part !== '');
    const extras: string[] = [];
    if (name !== undefined && name !== app) extras.push(`name=${formatValue(name)}`);
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) extras.push(`${key}=${formatValue(value)}`);
    }
    if (err !== undefined) extras.push(`err=${formatError(err)}`);
    if (config !== undefined) extras.push(`config: ${formatConfig(config, shownSettings)}`);
    return [`${prefix}  ${head.join(' ')}`, ...extras].join('  ');
  };
}

/** A pino line is a JSON object with a `level` and a `msg`; anything else is not ours to reformat. */
function parseEntry(line: string): LogEntry | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    if (!('level' in parsed) || !('msg' in parsed)) return undefined;
    return parsed as LogEntry;
  } catch {
    return undefined;
  }
}

/** `12:00:01.234` from the ISO timestamp, in local time: the date is the same all day at a desk. */
function timeOfDay(time: unknown): string {
  const date = typeof time === 'string' || typeof time === 'number' ? new Date(time) : undefined;
  if (!date || Number.isNaN(date.getTime())) return '';
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

/** Bare when a value reads unambiguously so, JSON otherwise (quoted strings with spaces, compact objects). */
function formatValue(value: unknown): string {
  if (typeof value === 'string') return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/**
 * The start-up config summary on one line: `KEY=value` pairs in the order the app logged them, leaving out the
 * settings already shown with the same value (counted at the end instead).
 */
function formatConfig(config: unknown, shown: Map<string, string>): string {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return formatValue(config);
  const pairs: string[] = [];
  let repeated = 0;
  for (const [key, value] of Object.entries(config)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : formatValue(value);
    if (shown.get(key) === text) repeated += 1;
    else pairs.push(`${key}=${text}`);
    shown.set(key, text);
  }
  if (repeated > 0) pairs.push(`(${repeated} more as shown above)`);
  return pairs.join(' ');
}

interface SerialisedError {
  type?: unknown;
  message?: unknown;
  code?: unknown;
  stack?: unknown;
  cause?: unknown;
}

/** `SystemError: prison-api failed (code UPSTREAM) <- TypeError: fetch failed at client.ts:42:11`, on one line. */
function formatError(err: unknown): string {
  if (typeof err !== 'object' || err === null) return formatValue(err);
  const chain: string[] = [];
  let origin: string | undefined;
  for (let current: unknown = err; typeof current === 'object' && current !== null && chain.length < 10;) {
    const { type, message, code, stack, cause } = current as SerialisedError;
    const code_ = code === undefined ? '' : ` (code ${String(code)})`;
    chain.push(`${typeof type === 'string' ? `${type}: ` : ''}${String(message ?? '')}${code_}`);
    if (origin === undefined && typeof stack === 'string') origin = firstFrame(stack);
    current = cause;
  }
  return JSON.stringify(chain.join(' <- ') + (origin ? ` at ${origin}` : ''));
}

/** The first `at` line of a stack, without the leading `at` and with the path shortened to the workspace. */
function firstFrame(stack: string): string | undefined {
  const frame = /^\s+at (.+)$/m.exec(stack)?.[1];
  return frame?.replace(/(?:file:\/\/)?\/[^\s()]*?\/(?=(?:apps|libs|tools)\/)/, '');
}
