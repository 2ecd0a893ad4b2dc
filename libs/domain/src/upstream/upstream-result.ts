/** Call results where a 404 or 409 is a business outcome (docs/architecture.md, Outcomes and statuses). */
export type Ok<T> = { kind: 'ok'; value: T };

/** 404: the booking, movement, offender or custody is not there. */
export type NotFound = { kind: 'not-found' };

/** 409: the change clashes with another record (e.g. a NOMS number in use). */
export type Conflict = { kind: 'conflict' };

export type Lookup<T> = Ok<T> | NotFound;

export const ok = <T>(value: T): Ok<T> => ({ kind: 'ok', value });
export const notFound = (): NotFound => ({ kind: 'not-found' });
export const conflict = (): Conflict => ({ kind: 'conflict' });
