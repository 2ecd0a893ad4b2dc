import { z } from 'zod';
import { cleartextUrlProblems } from './cleartext-urls';
import { ConfigError, type ConfigProblem } from './config-error';
import { nearestName } from './nearest-name';
import { isSecretField } from './secret-fields';
import {
  SERVICE_CONFIG_NAMES,
  appsReading,
  serviceConfigNames,
  type ServiceApp,
  type ServiceConfigName,
} from './service-config-names';

/** An app's config schema: an object of fields, optionally followed by a transform (derived defaults). */
export type ConfigSchema = z.ZodObject | z.ZodPipe<z.ZodObject, z.ZodType>;

/** What the app's `main.ts` passes in: usually `process.env`. */
export type Env = Readonly<Record<string, string | undefined>>;

// Variables with this prefix are the service's alone, so one that no app of the service reads is a typo, not
// someone else's. One another app reads is not: the four apps may share one environment.
const OWN_PREFIX = 'PTPU_';

/**
 * Parses `env` against `schema` once, at start-up. Empty values count as unset (Helm renders absent values
 * as ''). Variables other apps of the service read are ignored (see `logOtherAppsVariables`). Throws a
 * `ConfigError` listing every bad or missing variable, every `PTPU_*` one no app reads and every HMPPS Auth or
 * upstream URL that would carry a secret over plain HTTP outside a local stack; otherwise returns
 * the typed config, deeply frozen.
 */
export function loadConfig<S extends ConfigSchema>(schema: S, env: Env): Readonly<z.output<S>> {
  const shape = shapeOf(schema);
  const present = presentIn(env);

  const problems: ConfigProblem[] = unknownOwnVariables(shape, present);
  const result = schema.safeParse(present);
  if (!result.success) problems.push(...result.error.issues.map((issue) => toProblem(issue, shape, present)));
  else problems.push(...cleartextUrlProblems(result.data as Record<string, unknown>));
  if (problems.length > 0 || !result.success) throw new ConfigError(problems);

  return deepFreeze(result.data) as Readonly<z.output<S>>;
}

/** The field names of a schema, looking through a trailing transform. */
type FieldsOf<S extends ConfigSchema> = keyof (S extends z.ZodPipe<infer In extends z.ZodObject, z.ZodType>
  ? In['shape']
  : S extends z.ZodObject
    ? S['shape']
    : never);

/** `unknown` when the schema reads exactly the variables listed for `A`; otherwise a type naming the difference. */
type SameNames<S extends ConfigSchema, A extends ServiceApp> = [FieldsOf<S>] extends [ServiceConfigName<A>]
  ? [ServiceConfigName<A>] extends [FieldsOf<S>]
    ? unknown
    : { listedForTheAppButNotInItsSchema: Exclude<ServiceConfigName<A>, FieldsOf<S>> }
  : { inTheSchemaButNotListedForTheApp: Exclude<FieldsOf<S>, ServiceConfigName<A>> };

/**
 * Declares `schema` as `app`'s config schema: its fields must be exactly the names `SERVICE_CONFIG_NAMES`
 * lists for the app, which is how the other apps know them (service-config-names.ts says why). TypeScript
 * checks this where the schema is declared; the same check runs when the schema is built, so a drift that
 * slips past the types still stops every test and the app itself.
 */
export function appConfigSchema<A extends ServiceApp, S extends ConfigSchema>(
  app: A,
  schema: S & SameNames<S, A>,
): S {
  const fields = new Set(Object.keys(shapeOf(schema)));
  const listed = new Set<string>(SERVICE_CONFIG_NAMES[app]);
  const unlisted = [...fields].filter((name) => !listed.has(name));
  const missing = [...listed].filter((name) => !fields.has(name));
  if (unlisted.length > 0 || missing.length > 0) {
    throw new Error(
      `${app}'s config schema and SERVICE_CONFIG_NAMES.${app} (libs/platform/src/config/service-config-names.ts) ` +
        `differ: not listed ${JSON.stringify(unlisted)}, not in the schema ${JSON.stringify(missing)}`,
    );
  }
  return schema;
}

/** The object fields of a schema, looking through a trailing transform. */
export function shapeOf(schema: ConfigSchema): Record<string, z.ZodType> {
  return schema instanceof z.ZodPipe ? schema.in.shape : schema.shape;
}

/**
 * The variables in `env` that the schema does not read but other apps of the service do, each with the apps
 * that read it. Their values are not checked here: the apps that read them check them.
 */
export function otherAppsVariables(schema: ConfigSchema, env: Env): Record<string, readonly ServiceApp[]> {
  const shape = shapeOf(schema);
  return Object.fromEntries(
    Object.keys(presentIn(env))
      .filter((key) => !(key in shape) && appsReading(key).length > 0)
      .sort()
      .map((key) => [key, appsReading(key)]),
  );
}

/** The part of a logger `logOtherAppsVariables` uses (pino's `Logger` has it). */
export interface DebugLogger {
  debug(fields: object, message: string): void;
}

/**
 * Logs, in one debug line, the variables `loadConfig` ignored because other apps of the service read them,
 * and which apps those are; names only, never values. Call it once, after creating the logger from the
 * loaded config (the logger's level comes from the config, so `loadConfig` itself cannot log).
 */
export function logOtherAppsVariables(logger: DebugLogger, schema: ConfigSchema, env: Env): void {
  const ignored = otherAppsVariables(schema, env);
  if (Object.keys(ignored).length === 0) return;
  logger.debug(
    { otherAppsVariables: ignored },
    'ignoring variables that only other apps of the service read',
  );
}

function presentIn(env: Env): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
    ),
  );
}

function unknownOwnVariables(shape: Record<string, z.ZodType>, env: Env): ConfigProblem[] {
  const known = new Set([...serviceConfigNames(), ...Object.keys(shape)]);
  return Object.keys(env)
    .filter((key) => key.startsWith(OWN_PREFIX) && !known.has(key))
    .sort()
    .map((key) => ({ key, problem: unknownOwnProblem(key, known) }));
}

function unknownOwnProblem(key: string, known: ReadonlySet<string>): string {
  const unknown = `unknown ${OWN_PREFIX}* variable: no app of the service reads it`;
  const nearest = nearestName(key, known);
  if (nearest !== undefined) {
    const readers = appsReading(nearest);
    return `${unknown}; did you mean ${nearest}${readers.length > 0 ? ` (read by ${readers.join(', ')})` : ''}?`;
  }
  const ownNames = [...known].filter((name) => name.startsWith(OWN_PREFIX)).sort();
  return `${unknown} (a typo?); the ${OWN_PREFIX}* variables are ${ownNames.join(', ')}`;
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
