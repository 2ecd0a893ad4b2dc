import { isPending, type MessageRow } from '@ptpu/domain';
import { HttpError } from '@ptpu/platform';
import type { ReprocessMode, ReprocessResult } from '../bookings/reprocess-booking';

/** A bulk re-match is one operator request for many prisoners; more than this is several requests. */
const MAX_REMATCH = 500;

const NOMS_NUMBER = /^[A-Z]\d{4}[A-Z]{2}$/;

export interface RematchRequest {
  nomsNumbers: string[];
  mode: ReprocessMode;
}

/**
 * The query of POST /admin/rematch: `nomsNumbers` (comma-separated, at most 500) and `mode` (`dry-run` unless
 * `write` is asked for: a bulk request writes to Delius only when the operator says so). Anything else is a
 * 400 naming it, so a misspelt parameter never starts a job.
 */
export function rematchRequestOf(
  query: Readonly<Record<string, string | string[] | undefined>>,
): RematchRequest {
  const unknown = Object.keys(query).filter((name) => name !== 'nomsNumbers' && name !== 'mode');
  if (unknown.length > 0)
    throw badParameter(`Unknown parameter ${unknown.join(', ')}: give nomsNumbers and mode`);
  const { nomsNumbers, mode = 'dry-run' } = query;
  if (typeof nomsNumbers !== 'string' || nomsNumbers.trim() === '')
    throw badParameter('Give the prisoners as nomsNumbers=A5089DY,G3878UK (comma-separated)');
  if (mode !== 'dry-run' && mode !== 'write') throw badParameter('"mode" is dry-run (the default) or write');
  const asked = [...new Set(nomsNumbers.split(',').map((noms) => noms.trim().toUpperCase()))];
  const invalid = asked.filter((noms) => !NOMS_NUMBER.test(noms));
  if (invalid.length > 0) throw badParameter(`Not NOMS numbers: ${invalid.slice(0, 10).join(', ')}`);
  if (asked.length > MAX_REMATCH)
    throw badParameter(`${asked.length} NOMS numbers: at most ${MAX_REMATCH} in one re-match`);
  return { nomsNumbers: asked, mode };
}

function badParameter(message: string): HttpError {
  return new HttpError(400, message, { code: 'RETRIER.BAD_PARAMETER' });
}

export interface RematchDeps {
  rows: { rowsOfNomsNumber(nomsNumber: string): AsyncIterable<readonly MessageRow[]> };
  reprocessBooking(bookingId: number, mode: ReprocessMode): Promise<ReprocessResult>;
}

/** What re-matching one prisoner did: each booking with rows still pending, worked as a reprocess does. */
export interface PrisonerRematch {
  bookings: { bookingId: number; result: ReprocessResult['result']; statuses: string[] }[];
}

/**
 * Re-matches one prisoner now: every booking of theirs with a row still pending (found by NOMS number through
 * the message table's index) is worked through the one reprocess path, under its claim and in `mode`. A
 * prisoner with nothing pending has nothing to re-match.
 */
export async function rematchPrisoner(
  nomsNumber: string,
  mode: ReprocessMode,
  deps: RematchDeps,
): Promise<PrisonerRematch> {
  const bookingIds = new Set<number>();
  for await (const page of deps.rows.rowsOfNomsNumber(nomsNumber)) {
    for (const row of page) if (isPending(row)) bookingIds.add(row.bookingId);
  }
  const bookings: PrisonerRematch['bookings'] = [];
  for (const bookingId of bookingIds) {
    const result = await deps.reprocessBooking(bookingId, mode);
    bookings.push({
      bookingId,
      result: result.result,
      statuses: result.result === 'worked' ? result.rows.map((row) => row.status) : [],
    });
  }
  return { bookings };
}
