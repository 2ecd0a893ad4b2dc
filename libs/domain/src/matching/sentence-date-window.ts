import { isIsoDate, type IsoDate } from '../upstream/prison';

/** How far apart NOMIS and Delius sentence start dates may be for one sentence: community-api's leniency. */
const SENTENCE_START_DATE_LENIENT_DAYS = 7;

/** True when both are real dates at most 7 calendar days apart, either way, inclusive. */
export function isWithinSentenceDateWindow(deliusStartDate: IsoDate, nomisStartDate: IsoDate): boolean {
  const days = Math.abs(epochDay(deliusStartDate) - epochDay(nomisStartDate));
  return days <= SENTENCE_START_DATE_LENIENT_DAYS; // NaN (a malformed date) is never within
}

function epochDay(date: IsoDate): number {
  // Date.parse would roll an impossible day (2020-02-30) over into the next month.
  return isIsoDate(date) ? Date.parse(`${date}T00:00:00Z`) / 86_400_000 : Number.NaN;
}
