import { SystemError } from '../../errors/system-error';
import { custodyKeyDatesFor, keyDatesUpdate, type KeyDateChange } from '../../key-dates/custody-key-dates';
import type { Custody } from '../../upstream/delius';
import type { Booking, SentenceDetail } from '../../upstream/prison';
import { WITHHELD, type Attempt } from '../attempt';

/** What bringing a custody's key dates into line with NOMIS did. */
export type KeyDatesWrite =
  /** Delius already held every date NOMIS has: nothing was written. */
  | { kind: 'unchanged' }
  /** The write was sent (or, in dry run, withheld), changing exactly these dates. */
  | { kind: 'written'; changes: KeyDateChange[]; withheld: boolean }
  /** community-api found no single custody for the NOMS number and book number. */
  | { kind: 'not-found' };

/**
 * The one key-date rule, for the key-date events and the status change alike: compare NOMIS's dates with what
 * the custody holds, write only when a date NOMIS has differs, and send Delius's own value for every date NOMIS
 * lacks, so no Delius date is ever deleted because NOMIS has none. `custody` is undefined only in dry run once
 * a write was withheld (what Delius would hold is then unknown): NOMIS's dates are planned as they are.
 */
export async function writeKeyDates(
  custody: Custody | undefined,
  detail: SentenceDetail,
  target: { nomsNumber: string; bookingNo: string },
  attempt: Attempt,
): Promise<KeyDatesWrite> {
  const update = keyDatesUpdate(custodyKeyDatesFor(detail), custody?.keyDates);
  if (!update) return { kind: 'unchanged' };
  const { nomsNumber, bookingNo } = target;
  const keyDates = update.body;
  const set = await attempt.write({ write: 'replaceKeyDates', nomsNumber, bookingNo, keyDates }, (api) =>
    api.replaceKeyDates(nomsNumber, bookingNo, keyDates),
  );
  if (set !== WITHHELD && set.kind === 'not-found') return { kind: 'not-found' };
  return { kind: 'written', changes: update.changes, withheld: set === WITHHELD };
}

/** The Delius codes a write changed, as the `changed` telemetry property lists them. */
export const changedCodes = (changes: readonly KeyDateChange[]): string =>
  changes.map((change) => change.code).join(', ');

/** NOMIS's sentence dates for a booking this attempt has just read. */
export async function sentenceDetailOf(booking: Booking, attempt: Attempt): Promise<SentenceDetail> {
  const detail = await attempt.upstreams.prisonApi.getSentenceDetail(booking.bookingId);
  if (detail.kind === 'ok') return detail.value;
  // The booking was there a moment ago in this same attempt; its disappearing is worth another try.
  throw new SystemError(`prison-api has no sentence detail for booking ${booking.bookingId}`, {
    code: 'PROCESSING.SENTENCE_DETAIL_MISSING',
    retryable: true,
    details: { bookingId: booking.bookingId },
  });
}
