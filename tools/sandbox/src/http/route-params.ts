import { badRequest } from './http-problem';

/** A numeric path or query parameter; anything else is a 400, as Spring's type conversion answers. */
export function integerParam(name: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value)) throw badRequest(`Invalid ${name}: ${value}`);
  return Number(value);
}

/** A boolean query parameter, `true`/`false` in any case; absent gives the default. */
export function booleanParam(value: unknown, fallback: boolean): boolean {
  if (typeof value !== 'string') return fallback;
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  throw badRequest(`Invalid boolean: ${value}`);
}

/** A repeatable query parameter (`?offenderNo=A&offenderNo=B`, or comma-separated) as a list. */
export function listParam(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value])
    .flatMap((item) => item.split(','))
    .filter((item) => item !== '');
}
