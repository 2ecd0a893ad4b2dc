/** Drops JSON nulls (which the upstreams send for "not known") and undefined, so optional fields are absent. */
export function withoutAbsent<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}
