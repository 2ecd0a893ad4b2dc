/**
 * What an upstream call returns when some of its error statuses are business outcomes (docs/architecture.md,
 * Outcomes and statuses): a 404 "not found" or a 409 "conflict" is a value the domain decides on; every other
 * failure is thrown as a `SystemError`.
 */
export interface Ok<T> {
  kind: 'ok';
  value: T;
}

/** The upstream answered 404: the thing (booking, movement, offender, custody record) is not there. */
export interface NotFound {
  kind: 'not-found';
}

/** The upstream answered 409: the change clashes with another record (e.g. NOMS number already in use). */
export interface Conflict {
  kind: 'conflict';
}

export type Lookup<T> = Ok<T> | NotFound;

export const ok = <T>(value: T): Ok<T> => ({ kind: 'ok', value });
export const notFound = (): NotFound => ({ kind: 'not-found' });
export const conflict = (): Conflict => ({ kind: 'conflict' });
