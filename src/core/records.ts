/**
 * Records keyed by text from the data (organisation ids, sectors, column names). A plain `{}`
 * answers `constructor`, `toString` or `valueOf` with Object.prototype's members and ignores a
 * `__proto__` key altogether; these records have no prototype, and lookups take only a record's
 * own keys (a record may also arrive from a worker, where structured cloning gives it
 * Object.prototype back).
 */

/** An empty record in which every key, `__proto__` included, is an ordinary key. */
export function textKeyed<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The value under `key` if the record holds one of its own; undefined otherwise. */
export function ownValue<T>(
  record: Readonly<Record<string, T>> | null | undefined,
  key: string,
): T | undefined {
  return record !== null && record !== undefined && Object.hasOwn(record, key)
    ? record[key]
    : undefined;
}
