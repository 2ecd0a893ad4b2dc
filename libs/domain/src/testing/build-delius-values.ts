import type { Conviction } from '../upstream/delius';
import type { Custody } from '../upstream/delius';
import type { CandidateOffender } from '../upstream/delius';
import type { OffenderIds } from '../upstream/delius';

/*
 * Complete, valid Delius values (offender-search and community-api) shaped like the original service's
 * WireMock fixtures (case X142620 linked to prisoner A5089DY); pass only the fields a test is about.
 */

/** A Delius case as offender-search returns it; `otherIds` overrides merge over the defaults. */
export function buildCandidateOffender(
  otherIds: Partial<OffenderIds> = {},
  overrides: Partial<Omit<CandidateOffender, 'otherIds'>> = {},
): CandidateOffender {
  return {
    otherIds: {
      crn: 'X142620',
      pncNumber: '19/12345X',
      croNumber: '123456/19A',
      nomsNumber: 'A5089DY',
      ...otherIds,
    },
    firstName: 'ANDY',
    surname: 'MARKE',
    dateOfBirth: '1970-01-01',
    ...overrides,
  };
}

export function buildCustody(overrides: Partial<Custody> = {}): Custody {
  return {
    bookingNumber: '38339A',
    institution: {
      code: 'MDIHMP',
      description: 'HMP Moorland',
      nomsPrisonInstitutionCode: 'MDI',
    },
    keyDates: {},
    sentenceStartDate: '2020-02-11',
    status: { code: 'D', description: 'In Custody' },
    ...overrides,
  };
}

/** A custodial conviction; pass `custody: undefined` for a community sentence. */
export function buildConviction(overrides: Partial<Conviction> = {}): Conviction {
  return {
    index: '1',
    active: true,
    sentence: {
      description: 'CJA - Indeterminate Public Prot.',
      startDate: '2020-02-11',
    },
    custody: buildCustody(),
    ...overrides,
  };
}
