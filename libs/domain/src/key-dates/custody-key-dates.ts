import type { CustodyKeyDates, ReplaceCustodyKeyDates, Custody } from '../upstream/delius';
import type { SentenceDetail } from '../upstream/prison';

/** The Delius code each key-date field sets (community-api `CustodyKeyDatesMapper`). */
export const DELIUS_KEY_DATE_CODES = {
  conditionalReleaseDate: 'ACR',
  licenceExpiryDate: 'LED',
  hdcEligibilityDate: 'HDE',
  paroleEligibilityDate: 'PED',
  sentenceExpiryDate: 'SED',
  expectedReleaseDate: 'EXP',
  postSentenceSupervisionEndDate: 'PSSED',
} as const satisfies Record<keyof CustodyKeyDates, string>;

type KeyDateField = keyof typeof DELIUS_KEY_DATE_CODES;

/** The seven key-date fields, in community-api's order: what is read, compared and written. */
export const KEY_DATE_FIELDS = Object.keys(DELIUS_KEY_DATE_CODES) as KeyDateField[];

/** NOMIS's key dates under the Delius fields; one NOMIS lacks is left out, and Delius keeps its own. */
export function custodyKeyDatesFor(detail: SentenceDetail): CustodyKeyDates {
  const dates: CustodyKeyDates = {
    // A manual override is what the prison decided, the calculated date only the default; empty is none.
    conditionalReleaseDate: detail.conditionalReleaseOverrideDate || detail.conditionalReleaseDate,
    licenceExpiryDate: detail.licenceExpiryDate,
    hdcEligibilityDate: detail.homeDetentionCurfewEligibilityDate,
    paroleEligibilityDate: detail.paroleEligibilityDate,
    sentenceExpiryDate: detail.sentenceExpiryDate,
    // Only a confirmed date is an expected release; `releaseDate` is an estimate and may move.
    expectedReleaseDate: detail.confirmedReleaseDate,
    postSentenceSupervisionEndDate: detail.topupSupervisionExpiryDate,
  };
  return Object.fromEntries(Object.entries(dates).filter(([, date]) => date)) as CustodyKeyDates;
}

export interface KeyDateChange {
  code: (typeof DELIUS_KEY_DATE_CODES)[KeyDateField];
  field: KeyDateField;
  /** What Delius holds now, if anything. */
  from?: string;
  /** What NOMIS has, and the write sets. */
  to: string;
}

/**
 * A key-date write worth sending: the dates NOMIS has that Delius lacks or holds otherwise, and the
 * replace-all body that changes only those; undefined when none, so a re-run writes nothing.
 */
export function keyDatesUpdate(nomis: CustodyKeyDates, delius: CustodyKeyDates | undefined) {
  const changes = KEY_DATE_FIELDS.flatMap((field): KeyDateChange[] => {
    const from = delius?.[field] || undefined;
    const to = nomis[field] || undefined;
    if (to === undefined || from === to) return [];
    return [{ code: DELIUS_KEY_DATE_CODES[field], field, ...(from && { from }), to }];
  });
  if (changes.length === 0) return undefined;
  // NOMIS's dates, and Delius's own where NOMIS has none: the POST deletes a date left out.
  const body = Object.fromEntries(
    KEY_DATE_FIELDS.flatMap((field) => {
      const date = nomis[field] || delius?.[field];
      return date ? [[field, date]] : [];
    }),
  ) as ReplaceCustodyKeyDates;
  return { changes, body };
}

/** False when the custody already names this prison (ignoring case): skip the write and its effects. */
export function wouldChangeLocation(custody: Pick<Custody, 'institution'>, agencyId: string): boolean {
  const held = custody.institution?.nomsPrisonInstitutionCode?.trim().toUpperCase();
  return held !== agencyId.trim().toUpperCase();
}
