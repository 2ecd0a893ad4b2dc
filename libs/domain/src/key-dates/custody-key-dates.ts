import type { CustodyKeyDates, ReplaceCustodyKeyDates } from '../upstream/custody';
import type { SentenceDetail } from '../upstream/sentence-detail';

/** The Delius key-date code each field of the key-date write sets (community-api `CustodyKeyDatesMapper`). */
export const DELIUS_KEY_DATE_CODES = {
  conditionalReleaseDate: 'ACR',
  licenceExpiryDate: 'LED',
  hdcEligibilityDate: 'HDE',
  paroleEligibilityDate: 'PED',
  sentenceExpiryDate: 'SED',
  expectedReleaseDate: 'EXP',
  postSentenceSupervisionEndDate: 'PSSED',
} as const satisfies Record<keyof CustodyKeyDates, string>;

export type KeyDateField = keyof typeof DELIUS_KEY_DATE_CODES;
export type DeliusKeyDateCode = (typeof DELIUS_KEY_DATE_CODES)[KeyDateField];

const KEY_DATE_FIELDS = Object.keys(DELIUS_KEY_DATE_CODES) as KeyDateField[];

/**
 * The key-date write for a booking's sentence. The write replaces all
 * seven dates, so a date NOMIS no longer has is left out on purpose: Delius then deletes it too.
 */
export function custodyKeyDatesFor(detail: SentenceDetail): ReplaceCustodyKeyDates {
  const dates: ReplaceCustodyKeyDates = {
    // A manual override is what the prison has decided; the calculated date is only the default. An empty
    // override is no override: keeping it would drop the date from the write, and Delius would delete it.
    conditionalReleaseDate: detail.conditionalReleaseOverrideDate || detail.conditionalReleaseDate,
    licenceExpiryDate: detail.licenceExpiryDate,
    hdcEligibilityDate: detail.homeDetentionCurfewEligibilityDate,
    paroleEligibilityDate: detail.paroleEligibilityDate,
    sentenceExpiryDate: detail.sentenceExpiryDate,
    // Only a confirmed date is an expected release; `releaseDate` is prison-api's best estimate and may move.
    expectedReleaseDate: detail.confirmedReleaseDate,
    postSentenceSupervisionEndDate: detail.topupSupervisionExpiryDate,
  };
  return Object.fromEntries(Object.entries(dates).filter(([, date]) => date)) as ReplaceCustodyKeyDates;
}

export interface KeyDateChange {
  code: DeliusKeyDateCode;
  field: KeyDateField;
  /** What Delius holds now; absent when it holds nothing. */
  from?: string;
  /** What the write sets; absent when the write deletes it. */
  to?: string;
}

/** The key dates a replace-all write of `planned` would change on a custody record holding `current`. */
export function keyDateChanges(
  planned: ReplaceCustodyKeyDates,
  current: CustodyKeyDates | undefined,
): KeyDateChange[] {
  return KEY_DATE_FIELDS.flatMap((field) => {
    const from = current?.[field] || undefined;
    const to = planned[field] || undefined;
    if (from === to) return [];
    return [{ code: DELIUS_KEY_DATE_CODES[field], field, ...(from && { from }), ...(to && { to }) }];
  });
}

/** Compare-before-write: false when Delius already holds exactly these key dates, so a retry changes nothing. */
export function wouldChangeKeyDates(
  planned: ReplaceCustodyKeyDates,
  current: CustodyKeyDates | undefined,
): boolean {
  return keyDateChanges(planned, current).length > 0;
}
