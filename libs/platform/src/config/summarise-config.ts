import type { ConfigSchema } from './load-config';
import { shapeOf } from './load-config';
import { isSecretField } from './secret-fields';

/**
 * The config as it is safe to log at start-up: secrets show only whether they are set.
 */
export function summariseConfig(schema: ConfigSchema, config: object): Record<string, unknown> {
  const shape = shapeOf(schema);
  return Object.fromEntries(
    Object.entries(config).map(([key, value]) => [
      key,
      isSecretField(shape[key]) && value !== undefined ? '(set)' : value,
    ]),
  );
}
