import type { WireCommunityOffenderDetail, WireConviction, WireCustody, WireIds } from '../../wire-schemas';

// community-api bodies after the original service's WireMock stubs.

export const sampleCustody = (overrides: Partial<WireCustody> = {}): WireCustody => ({
  bookingNumber: '38353A',
  institution: {
    institutionId: 2500004521,
    isEstablishment: true,
    code: 'MDIHMP',
    description: 'Moorland (HMP & YOI)',
    institutionName: 'Moorland (HMP & YOI)',
    establishmentType: { code: 'E', description: 'Prison' },
    isPrivate: false,
    nomsPrisonInstitutionCode: 'MDI',
  },
  status: { code: 'D', description: 'In Custody' },
  keyDates: {
    conditionalReleaseDate: '2022-11-26',
    licenceExpiryDate: '2025-09-10',
    sentenceExpiryDate: '2025-09-10',
  },
  sentenceStartDate: '2020-02-11',
  ...overrides,
});

/**
 * A Delius offender's convictions: a community order (index 1), one without a sentence (2) and a custodial
 * sentence starting `custodialStartDate` (3). X142620's starts 2020-02-11; X181002's 2019-02-11.
 */
export const sampleConvictions = (custodialStartDate = '2020-02-11'): WireConviction[] => [
  {
    convictionId: 2500295345,
    index: '1',
    active: true,
    convictionDate: '2018-10-31',
    sentence: {
      sentenceId: 2500298861,
      description: 'CJA - Community Order',
      startDate: '2018-10-31',
      sentenceType: { code: 'SP', description: 'CJA - Community Order' },
    },
  },
  { convictionId: 2500295346, index: '2', active: true, convictionDate: '2019-09-16' },
  {
    convictionId: 2500295347,
    index: '3',
    active: true,
    convictionDate: custodialStartDate,
    sentence: {
      sentenceId: 2500298862,
      description: 'CJA - Std Determinate Custody',
      startDate: custodialStartDate,
      sentenceType: { code: 'SC', description: 'CJA - Std Determinate Custody' },
    },
    custody: sampleCustody({ sentenceStartDate: custodialStartDate }),
  },
];

export const sampleIds = (overrides: Partial<WireIds> = {}): WireIds => ({
  crn: 'X142620',
  nomsNumber: 'A5089DY',
  ...overrides,
});

/** The one offender holding a NOMS number, as GET .../nomsNumber/{nomsNumber}/all answers. */
export const sampleHolderDetail = (ids: Partial<WireIds> = {}): WireCommunityOffenderDetail => ({
  offenderId: 2500343964,
  firstName: 'Andy',
  surname: 'Marke',
  dateOfBirth: '1970-01-01',
  otherIds: sampleIds(ids),
  softDeleted: false,
  currentDisposal: '1',
});
