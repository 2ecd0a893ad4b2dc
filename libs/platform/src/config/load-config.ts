import { z } from 'zod';
import { cleartextUrlProblems } from './cleartext-urls';
import { ConfigError, type ConfigProblem } from './config-error';
import { nearestName } from './nearest-name';
import { isSecretField } from './secret-fields';

/** An app's config schema: an object of fields, optionally followed by a transform (derived defaults). */
export type ConfigSchema = z.ZodObject | z.ZodPipe<z.ZodObject, z.ZodType>;

/** What the app's `main.ts` passes in: usually `process.env`. */
export type Env = Readonly<Record<string, string | undefined>>;

// The service's own prefix: a variable with it that the app does not read is another app's, or a typo.
const OWN_PREFIX = 'PTPU_';

/**
 * Parses `env` against the app's own `schema` once, at start-up. Empty values count as unset (Helm renders
 * absent values as ''). Variables the schema does not read are left alone (`warnUnreadVariables` tells of the
 * service's own). Throws a `ConfigError` listing every bad or missing variable and every HMPPS Auth or upstream
 * URL that would carry a secret over plain HTTP outside a local stack; otherwise returns the typed config,
 * deeply frozen.
 */
export function loadConfig<S extends ConfigSchema>(schema: S, env: Env): Readonly<z.output<S>> {
  const shape = shapeOf(schema);
  const present = presentIn(env);
  const result = schema.safeParse(present);
  const problems: ConfigProblem[] = result.success
    ? cleartextUrlProblems(result.data as Record<string, unknown>)
    : result.error.issues.map((issue) => toProblem(issue, shape, present));
  if (problems.length > 0 || !result.success) throw new ConfigError(problems);
  return deepFreeze(result.data) as Readonly<z.output<S>>;
}

/** The object fields of a schema, looking through a trailing transform. */
export function shapeOf(schema: ConfigSchema): Record<string, z.ZodType> {
  return schema instanceof z.ZodPipe ? schema.in.shape : schema.shape;
}

/** The part of a logger `warnUnreadVariables` uses (pino's `Logger` has it). */
export interface WarnLogger {
  warn(fields: object, message: string): void;
}

/**
 * Warns, once at start-up, of each `PTPU_*` variable set that this app does not read: another app's, in an
 * environment the apps share, or a typo, for which the app's own nearest variable is suggested. Names only,
 * never values. A warning, not a refusal: each app knows only its own variables.
 */
export function warnUnreadVariables(logger: WarnLogger, schema: ConfigSchema, env: Env): void {
  const own = Object.keys(shapeOf(schema));
  const unread = Object.keys(presentIn(env))
    .filter((key) => key.startsWith(OWN_PREFIX) && !own.includes(key))
    .sort();
  if (unread.length === 0) return;
  const suggestions = Object.fromEntries(
    unread.flatMap((key) => {
      const nearest = nearestName(key, own);
      return nearest === undefined ? [] : [[key, nearest]];
    }),
  );
  logger.warn(
    { unreadVariables: unread, ...(Object.keys(suggestions).length > 0 && { didYouMean: suggestions }) },
    'this app does not read these PTPU_ variables: another app’s, or a typo',
  );
}

function presentIn(env: Env): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
    ),
  );
}

function toProblem(issue: z.core.$ZodIssue, shape: Record<string, z.ZodType>, env: Env): ConfigProblem {
  const key = typeof issue.path[0] === 'string' ? issue.path[0] : '(configuration)';
  const value = env[key];
  const shown = value === undefined || isSecretField(shape[key]) ? '' : `"${value}": `;
  return { key, problem: `${shown}${issue.message}` };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
