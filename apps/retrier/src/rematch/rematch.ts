import type { Lookup } from '@ptpu/domain';
import { pendingBookingsOf, type PrisonerRows } from '../bookings/pending-bookings';
import { badParameter } from '../admin/query-parameters';
import type { ReprocessMode, ReprocessResult } from '../bookings/reprocess-booking';

/** A bulk re-match is one operator request for many prisoners; more than this is several requests. */
const MAX_REMATCH = 500;

const NOMS_NUMBER = /^[A-Z]\d{4}[A-Z]{2}$/;
const CRN = /^[A-Z]\d{6}$/;

/** One prisoner to re-match: by NOMS number, or by the CRN of their Delius case. */
type RematchItem = { nomsNumber: string } | { crn: string };

/**
 * The query of POST /admin/rematch: `nomsNumbers` and/or `crns` (comma-separated, at most 500 in all) and
 * `mode` (`dry-run` unless `write` is asked for: a bulk request writes to Delius only when the operator says
 * so). Anything else is a 400 naming it, so a misspelt parameter never starts a job.
 */
export function rematchRequestOf(query: Readonly<Record<string, string | string[] | undefined>>): {
  items: RematchItem[];
  mode: ReprocessMode;
} {
  const unknown = Object.keys(query).filter((name) => !['nomsNumbers', 'crns', 'mode'].includes(name));
  if (unknown.length > 0)
    throw badParameter(`Unknown parameter ${unknown.join(', ')}: give nomsNumbers or crns, and mode`);
  const { mode = 'dry-run' } = query;
  if (mode !== 'dry-run' && mode !== 'write') throw badParameter('"mode" is dry-run (the default) or write');
  const nomsNumbers = listOf(query.nomsNumbers, 'nomsNumbers', NOMS_NUMBER, 'Not NOMS numbers');
  const crns = listOf(query.crns, 'crns', CRN, 'Not CRNs');
  const items: RematchItem[] = [
    ...nomsNumbers.map((nomsNumber) => ({ nomsNumber })),
    ...crns.map((crn) => ({ crn })),
  ];
  if (items.length === 0)
    throw badParameter('Give the prisoners as nomsNumbers=A5089DY,G3878UK or crns=X142620 (comma-separated)');
  if (items.length > MAX_REMATCH)
    throw badParameter(`${items.length} NOMS numbers and CRNs: at most ${MAX_REMATCH} in one re-match`);
  return { items, mode };
}

/** Distinct and upper-cased; absent is empty. */
function listOf(value: string | string[] | undefined, name: string, format: RegExp, notOfKind: string) {
  if (value === undefined) return [];
  if (typeof value !== 'string') throw badParameter(`"${name}" is given more than once: give one list`);
  const asked = [...new Set(value.split(',').map((item) => item.trim().toUpperCase()))];
  const invalid = asked.filter((item) => !format.test(item));
  if (invalid.length > 0) throw badParameter(`${notOfKind}: ${invalid.slice(0, 10).join(', ')}`);
  return asked;
}

export interface RematchDeps {
  rows: PrisonerRows;
  reprocessBooking(bookingId: number, mode: ReprocessMode): Promise<ReprocessResult>;
  /** The NOMS number a Delius case holds (community-api), absent when none; not-found for an unknown CRN. */
  nomsNumberOfCase(crn: string): Promise<Lookup<string | undefined>>;
}

/** Every booking of the prisoner with a row still pending, worked through the one reprocess path. */
async function rematchPrisoner(nomsNumber: string, mode: ReprocessMode, deps: RematchDeps) {
  const bookings = [];
  for (const bookingId of await pendingBookingsOf(deps.rows, nomsNumber)) {
    const result = await deps.reprocessBooking(bookingId, mode);
    bookings.push({
      bookingId,
      result: result.result,
      statuses: result.result === 'worked' ? result.rows.map((row) => row.status) : [],
    });
  }
  return { bookings };
}

/**
 * The prisoner, re-matched; for a CRN, the prisoner by the NOMS number the case holds (no index finds rows by
 * candidate CRN), or why the CRN names nobody.
 */
export async function rematchItem(item: RematchItem, mode: ReprocessMode, deps: RematchDeps) {
  if ('nomsNumber' in item) return rematchPrisoner(item.nomsNumber, mode, deps);
  const holds = await deps.nomsNumberOfCase(item.crn);
  if (holds.kind === 'not-found') return { unresolved: 'crn-not-found' };
  if (holds.value === undefined) return { unresolved: 'case-holds-no-noms-number' };
  return { nomsNumber: holds.value, ...(await rematchPrisoner(holds.value, mode, deps)) };
}
