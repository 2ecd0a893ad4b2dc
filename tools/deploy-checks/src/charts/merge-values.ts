type Values = Record<string, unknown>;

const isMapping = (value: unknown): value is Values =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Merges values files as `helm install -f a -f b` does: mappings merge key by key, anything else (lists
 * included) is replaced by the later file, and a null removes the key.
 */
export function mergeValues(layers: readonly unknown[]): Values {
  return layers.reduce<Values>((merged, layer) => mergeInto(merged, isMapping(layer) ? layer : {}), {});
}

function mergeInto(base: Values, layer: Values): Values {
  const result: Values = { ...base };
  for (const [key, value] of Object.entries(layer)) {
    if (value === null) {
      delete result[key];
    } else if (isMapping(value) && isMapping(result[key])) {
      result[key] = mergeInto(result[key], value);
    } else {
      result[key] = value;
    }
  }
  return result;
}
