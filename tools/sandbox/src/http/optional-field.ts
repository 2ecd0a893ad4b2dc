/** `{ key: value }`, or nothing when the value is absent: HMPPS services leave null fields out of their JSON. */
export function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
