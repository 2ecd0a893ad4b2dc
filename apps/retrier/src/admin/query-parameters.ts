import { HttpError } from '@ptpu/platform';
import type { ReprocessMode } from '../bookings/reprocess-booking';

const MODES: readonly ReprocessMode[] = ['dry-run', 'write'];

/**
 * The `mode` query parameter of POST /admin/reprocess-booking: `dry-run` or `write`, absent for the service's
 * own mode. Anything else is a 400 naming it, and so is any other parameter: a misspelt `?dryrun=true` on a
 * writing deployment must not be taken as "say nothing" and write to Delius.
 */
export function reprocessModeParameter(
  query: Readonly<Record<string, string | string[] | undefined>>,
): ReprocessMode | undefined {
  const unknown = Object.keys(query).filter((name) => name !== 'mode');
  if (unknown.length > 0)
    throw badParameter(
      `Unknown parameter ${unknown.map((name) => `"${name}"`).join(', ')}: only "mode" is taken`,
    );
  const { mode } = query;
  if (mode === undefined) return undefined;
  if (Array.isArray(mode)) throw badParameter('"mode" is given more than once: give it once');
  const known = MODES.find((candidate) => candidate === mode);
  if (!known)
    throw badParameter(
      `"mode" is ${JSON.stringify(mode)}: use dry-run or write, or leave it out for the service's own mode`,
    );
  return known;
}

/** A 400 for an operator's query the admin endpoints refuse; the message names the parameter. */
export function badParameter(message: string): HttpError {
  return new HttpError(400, message, { code: 'RETRIER.BAD_PARAMETER' });
}
