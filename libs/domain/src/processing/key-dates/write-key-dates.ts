import { SystemError } from '../../errors/system-error';
import { custodyKeyDatesFor, keyDatesUpdate, type KeyDateChange } from '../../key-dates/custody-key-dates';
import type { Custody } from '../../upstream/delius';
import type { Booking, SentenceDetail } from '../../upstream/prison';
import { WITHHELD, type Attempt } from '../attempt';

/** `not-found`: community-api found no single custody for the NOMS number and book number. */
export type KeyDatesWrite =
  | { kind: 'unchanged' }
  | { kind: 'written'; changes: KeyDateChange[]; withheld: boolean }
  | { kind: 'not-found' };

/**
 * The one key-date rule (docs/architecture.md, Processing a booking): write only when a date NOMIS has
 * differs, sending Delius's own value for every date NOMIS lacks, so none is deleted. `custody` is undefined
 * only in dry run once a write was withheld: NOMIS's dates are then planned as they are.
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
