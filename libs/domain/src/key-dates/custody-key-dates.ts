import type { CustodyKeyDates, ReplaceCustodyKeyDates, Custody } from '../upstream/delius';
import type { SentenceDetail } from '../upstream/prison';

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
 * NOMIS's key dates for a booking's sentence, under the Delius key-date fields. A date NOMIS does not have is
 * left out: it says nothing about the date, so Delius keeps its own (`keyDatesUpdate`).
 */
export function custodyKeyDatesFor(detail: SentenceDetail): CustodyKeyDates {
  const dates: CustodyKeyDates = {
    // A manual override is what the prison has decided; the calculated date is only the default. An empty
    // override is no override.
    conditionalReleaseDate: detail.conditionalReleaseOverrideDate || detail.conditionalReleaseDate,
    licenceExpiryDate: detail.licenceExpiryDate,
    hdcEligibilityDate: detail.homeDetentionCurfewEligibilityDate,
    paroleEligibilityDate: detail.paroleEligibilityDate,
    sentenceExpiryDate: detail.sentenceExpiryDate,
    // Only a confirmed date is an expected release; `releaseDate` is prison-api's best estimate and may move.
    expectedReleaseDate: detail.confirmedReleaseDate,
    postSentenceSupervisionEndDate: detail.topupSupervisionExpiryDate,
  };
  return Object.fromEntries(Object.entries(dates).filter(([, date]) => date)) as CustodyKeyDates;
}

export interface KeyDateChange {
  code: DeliusKeyDateCode;
  field: KeyDateField;
  /** What Delius holds now; absent when it holds nothing. */
  from?: string;
  /** What NOMIS has, and the write sets. */
  to: string;
}

/** A key-date write worth sending: the dates it changes, and the replace-all body that changes only those. */
export interface KeyDatesUpdate {
  changes: KeyDateChange[];
  /**
   * NOMIS's date wherever it has one, Delius's own wherever NOMIS has none: community-api's POST replaces all
   * seven dates and deletes one left out, so a date NOMIS lacks must travel back to Delius unchanged.
   */
  body: ReplaceCustodyKeyDates;
}

/**
 * Compare, then write the difference only: a date NOMIS has that differs from the one Delius holds (or that
 * Delius lacks) is a change; a date NOMIS lacks is never one. Undefined when nothing differs, so nothing is
 * written and a re-run changes nothing.
 */
export function keyDatesUpdate(
  nomis: CustodyKeyDates,
  delius: CustodyKeyDates | undefined,
): KeyDatesUpdate | undefined {
  const changes = KEY_DATE_FIELDS.flatMap((field): KeyDateChange[] => {
    const from = delius?.[field] || undefined;
    const to = nomis[field] || undefined;
    if (to === undefined || from === to) return [];
    return [{ code: DELIUS_KEY_DATE_CODES[field], field, ...(from && { from }), to }];
  });
  if (changes.length === 0) return undefined;
  const body = Object.fromEntries(
    KEY_DATE_FIELDS.flatMap((field) => {
      const date = nomis[field] || delius?.[field];
      return date ? [[field, date]] : [];
    }),
  ) as ReplaceCustodyKeyDates;
  return { changes, body };
}

/**
 * Compare-before-write for the prison location: false when the custody record already names this prison,
 * so the write (and its side effects in Delius) is skipped. Codes are compared ignoring case and spaces.
 */
export function wouldChangeLocation(custody: Pick<Custody, 'institution'>, agencyId: string): boolean {
  const held = custody.institution?.nomsPrisonInstitutionCode?.trim().toUpperCase();
  return held !== agencyId.trim().toUpperCase();
}
