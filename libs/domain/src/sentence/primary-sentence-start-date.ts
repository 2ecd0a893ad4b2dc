import type { IsoDate } from '../upstream/iso-date';
import type { SentenceTerm } from '../upstream/sentence-term';

/**
 * The sentence start date used for matching and the book number (docs/architecture.md, Processing a booking): the latest
 * start among terms that are not consecutive to another. A consecutive term only starts when another ends, so
 * its date is not the start Delius records for the custodial sentence. Undefined when no term qualifies.
 */
export function primarySentenceStartDate(terms: readonly SentenceTerm[]): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const term of terms) {
    if (term.consecutiveTo != null || !term.startDate) continue;
    // `yyyy-MM-dd` strings compare as the dates they name.
    if (latest === undefined || term.startDate > latest) latest = term.startDate;
  }
  return latest;
}
