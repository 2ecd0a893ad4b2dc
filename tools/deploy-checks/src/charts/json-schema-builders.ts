/**
 * Small builders for the JSON Schema (draft-07, which Helm 3 validates) of the charts' values. Every object is
 * closed (`additionalProperties: false`) so a misspelt key fails `helm install` instead of being ignored.
 */
export type JsonSchema = Readonly<Record<string, unknown>>;

export function text(description: string, pattern?: string): JsonSchema {
  return { type: 'string', description, ...(pattern ? { pattern } : {}) };
}

export function integer(description: string, minimum: number, maximum: number): JsonSchema {
  return { type: 'integer', description, minimum, maximum };
}

export function flag(description: string): JsonSchema {
  return { type: 'boolean', description };
}

export function oneOf(description: string, values: readonly string[]): JsonSchema {
  return { type: 'string', description, enum: [...values] };
}

export function list(description: string, items: JsonSchema, minItems = 0): JsonSchema {
  return { type: 'array', description, items, minItems };
}

/** A closed object whose properties are all required, except those named in `optional`. */
export function object(
  description: string,
  properties: Readonly<Record<string, JsonSchema>>,
  optional: readonly string[] = [],
): JsonSchema {
  return {
    type: 'object',
    description,
    additionalProperties: false,
    properties,
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
  };
}

/** An object with free keys (names chosen by the operator), each value matching `values`. */
export function dictionary(description: string, values: JsonSchema): JsonSchema {
  return { type: 'object', description, additionalProperties: values };
}

/** Patterns shared by several values. */
export const PATTERNS = {
  /** The apps' duration syntax (docs/architecture.md, Configuration): `<number><ms|s|m|h|d>` or ISO-8601. */
  duration: '^([0-9]+(ms|s|m|h|d)|P([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]+)?S)?)?)$',
  durationList: '^([0-9]+(ms|s|m|h|d))(,[0-9]+(ms|s|m|h|d))*$',
  /** Spring-style 6-field cron (seconds first), as the original's values carry. */
  cron6: '^\\S+( \\S+){5}$',
  /** Standard 5-field cron, as Kubernetes CronJobs take. */
  cron5: '^\\S+( \\S+){4}$',
  url: '^https?://[^\\s/]+(/\\S*)?$',
  /** A URL without a trailing slash, so `${url}/path` joins cleanly. */
  baseUrl: '^https?://[^\\s/]+(/\\S*[^/\\s])?$',
  hostname: '^([a-z0-9]([-a-z0-9]*[a-z0-9])?\\.)*[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
  kubernetesName: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
  secretKey: '^[-._a-zA-Z0-9]+$',
  cpu: '^[0-9]+(\\.[0-9]+)?m?$',
  memory: '^[0-9]+(Ki|Mi|Gi)$',
  cidr: '^[0-9]{1,3}(\\.[0-9]{1,3}){3}/[0-9]{1,2}$',
  roleArn: '^(arn:aws:iam::[0-9]{12}:role/\\S+)?$',
  prisons: '^([A-Z0-9]{3}( *, *[A-Z0-9]{3})*)?$',
  awsRegion: '^[a-z]{2}(-[a-z]+)+-[0-9]$',
  scrapeInterval: '^[0-9]+(s|m)$',
  promDuration: '^[0-9]+(s|m|h|d)$',
  urlPath: '^/[-a-z0-9/_.]*$',
} as const;
