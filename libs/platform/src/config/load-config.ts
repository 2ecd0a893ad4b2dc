import { z } from 'zod';
import { ConfigError, type ConfigProblem } from './config-error';
import { isSecretField } from './secret-fields';

/** An app's config schema: an object of fields, optionally followed by a transform (derived defaults). */
export type ConfigSchema = z.ZodObject | z.ZodPipe<z.ZodObject, z.ZodType>;

/** What the app's `main.ts` passes in: usually `process.env`. */
export type Env = Readonly<Record<string, string | undefined>>;

// Variables with this prefix are ours alone, so one the schema does not know is a typo, not someone else's.
const OWN_PREFIX = 'PTPU_';

/**
 * Parses `env` against `schema` once, at start-up. Empty values count as unset (Helm renders absent values
 * as ''). Throws a `ConfigError` listing every bad, missing or unknown `PTPU_*` variable; otherwise returns
 * the typed config, deeply frozen.
 */
export function loadConfig<S extends ConfigSchema>(schema: S, env: Env): Readonly<z.output<S>> {
  const shape = shapeOf(schema);
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );

  const problems: ConfigProblem[] = unknownOwnVariables(shape, present);
  const result = schema.safeParse(present);
  if (!result.success) problems.push(...result.error.issues.map((issue) => toProblem(issue, shape, present)));
  if (problems.length > 0 || !result.success) throw new ConfigError(problems);

  return deepFreeze(result.data) as Readonly<z.output<S>>;
}

/** The object fields of a schema, looking through a trailing transform. */
export function shapeOf(schema: ConfigSchema): Record<string, z.ZodType> {
  return schema instanceof z.ZodPipe ? schema.in.shape : schema.shape;
}

function unknownOwnVariables(shape: Record<string, z.ZodType>, env: Env): ConfigProblem[] {
  const known = Object.keys(shape).filter((key) => key.startsWith(OWN_PREFIX));
  const expected = known.length > 0 ? `one of ${known.sort().join(', ')}` : `no ${OWN_PREFIX}* variables`;
  return Object.keys(env)
    .filter((key) => key.startsWith(OWN_PREFIX) && !(key in shape))
    .sort()
    .map((key) => ({ key, problem: `unknown ${OWN_PREFIX}* variable (a typo?); expected ${expected}` }));
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
