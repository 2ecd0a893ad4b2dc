import { z } from 'zod';
import { ConfigError, type ConfigProblem } from './config-error';
import { isSecretField } from './config-fields';
import { nearestName } from './nearest-name';

/** An app's config schema: an object of fields, optionally followed by a transform (derived defaults). */
export type ConfigSchema = z.ZodObject | z.ZodPipe<z.ZodObject, z.ZodType>;

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Parses `env` against the app's `schema` once, at start-up; empty values count as unset (Helm renders absent
 * values as ''). Throws a `ConfigError` listing every bad or missing variable and every URL that would carry
 * a secret over plain HTTP outside a local stack; otherwise returns the typed config, deeply frozen.
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

export function shapeOf(schema: ConfigSchema): Record<string, z.ZodType> {
  return schema instanceof z.ZodPipe ? schema.in.shape : schema.shape;
}

/** Secrets show only whether they are set. */
export function summariseConfig(schema: ConfigSchema, config: object): Record<string, unknown> {
  const shape = shapeOf(schema);
  return Object.fromEntries(
    Object.entries(config).map(([key, value]) => [
      key,
      isSecretField(shape[key]) && value !== undefined ? '(set)' : value,
    ]),
  );
}

/**
 * Warns of each `PTPU_*` variable set that this app does not read: another app's (the apps share an
 * environment), or a typo, for which the nearest own variable is suggested. Names only, never values. A
 * warning, not a refusal: each app knows only its own variables.
 */
export function warnUnreadVariables(
  logger: { warn(fields: object, message: string): void },
  schema: ConfigSchema,
  env: Env,
): void {
  const own = Object.keys(shapeOf(schema));
  const unread = Object.keys(presentIn(env))
    .filter((key) => key.startsWith('PTPU_') && !own.includes(key))
    .sort();
  if (unread.length === 0) return;
  const didYouMean = Object.fromEntries(
    unread.map((key) => [key, nearestName(key, own)]).filter(([, nearest]) => nearest !== undefined),
  );
  logger.warn(
    { unreadVariables: unread, ...(Object.keys(didYouMean).length > 0 && { didYouMean }) },
    'this app does not read these PTPU_ variables: another app’s, or a typo',
  );
}

function presentIn(env: Env): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => !!entry[1]));
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

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Refuses `http://` for the HMPPS Auth and upstream URLs of a deployed app: the client secret (to HMPPS
 * Auth) and its tokens (to the APIs) would travel in clear. A local stack may use HTTP, loopback anywhere.
 */
function cleartextUrlProblems(config: Readonly<Record<string, unknown>>): ConfigProblem[] {
  if (config.PROVISION_LOCAL_RESOURCES === true) return [];
  const secretBearing = [
    'OAUTH_ENDPOINT_URL',
    'PRISON_ENDPOINT_URL',
    'OFFENDER_SEARCH_ENDPOINT_URL',
    'COMMUNITY_ENDPOINT_URL',
  ];
  return secretBearing.flatMap((key) => {
    const value = config[key];
    if (typeof value !== 'string') return [];
    const { protocol, hostname } = new URL(value);
    if (protocol !== 'http:' || LOOPBACK_HOSTS.has(hostname)) return [];
    const expected = 'expected https:// outside a local stack (a secret or token would travel in clear)';
    return [{ key, problem: `"${value}": ${expected}` }];
  });
}
