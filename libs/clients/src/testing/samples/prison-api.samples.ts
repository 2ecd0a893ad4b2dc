import type {
  InmateDetail,
  OffenderSentenceTerms,
  PrisonerDetail,
  PrisonMovement,
  PrisonOffenderIdentifier,
  SentenceCalcDates,
} from '../../wire-schemas';

// prison-api bodies for booking 1200835 (ANDY MARKE, A5089DY, book number 38339A at Moorland), after the
// original service's WireMock stubs.

export const sampleInmateDetail = (overrides: Partial<InmateDetail> = {}): InmateDetail => ({
  offenderNo: 'A5089DY',
  bookingId: 1200835,
  bookingNo: '38339A',
  offenderId: 1161987,
  rootOffenderId: 1161987,
  firstName: 'ANDY',
  lastName: 'MARKE',
  dateOfBirth: '1970-01-01',
  age: 56,
  activeFlag: true,
  agencyId: 'MDI',
  assignedLivingUnitId: 26969,
  locationDescription: 'Moorland (HMP & YOI)',
  inOutStatus: 'IN',
  status: 'ACTIVE IN',
  legalStatus: 'SENTENCED',
  recall: false,
  imprisonmentStatus: 'SENT03',
  imprisonmentStatusDescription: 'Adult Imprisonment Without Option CJA03',
  ...overrides,
});

export const sampleSentenceCalcDates = (overrides: Partial<SentenceCalcDates> = {}): SentenceCalcDates => ({
  bookingId: 1200835,
  sentenceStartDate: '2020-02-11',
  sentenceExpiryDate: '2025-09-10',
  conditionalReleaseDate: '2022-11-26',
  licenceExpiryDate: '2025-09-10',
  releaseDate: '2022-11-26',
  ...overrides,
});

/** Term 62 runs after 61, so the primary sentence start date is 2020-02-11 (61), not 2020-11-21. */
export const sampleSentenceTerms = (): OffenderSentenceTerms[] => [
  {
    bookingId: 1200835,
    sentenceSequence: 61,
    termSequence: 1,
    sentenceType: 'ADIMP_ORA',
    sentenceTypeDescription: 'ORA CJA03 Standard Determinate Sentence',
    startDate: '2020-02-11',
    years: 5,
    months: 7,
    lifeSentence: false,
  },
  {
    bookingId: 1200835,
    sentenceSequence: 62,
    termSequence: 1,
    consecutiveTo: 61,
    sentenceType: 'ADIMP_ORA',
    sentenceTypeDescription: 'ORA CJA03 Standard Determinate Sentence',
    startDate: '2020-11-21',
    months: 3,
    lifeSentence: false,
  },
  {
    bookingId: 1200835,
    sentenceSequence: 69,
    termSequence: 1,
    sentenceType: '14FTR_ORA',
    sentenceTypeDescription: 'ORA 14 Day Fixed Term Recall',
    startDate: '2020-01-13',
    days: 14,
    lifeSentence: false,
  },
];

export const sampleMergedIdentifiers = (): PrisonOffenderIdentifier[] => [
  { type: 'MERGED', value: 'A9999DY', offenderNo: 'A5089DY', bookingId: 1200835, caseloadType: 'INST' },
];

/** No PNC or CRO, like the original stub. */
export const samplePrisonerDetail = (overrides: Partial<PrisonerDetail> = {}): PrisonerDetail => ({
  offenderNo: 'A5089DY',
  firstName: 'ANDY',
  lastName: 'MARKE',
  dateOfBirth: '1970-01-01',
  gender: 'Male',
  sexCode: 'M',
  currentlyInPrison: 'Y',
  latestBookingId: 1200835,
  latestLocationId: 'MDI',
  latestLocation: 'Moorland (HMP & YOI)',
  convictedStatus: 'Convicted',
  imprisonmentStatus: 'SENT03',
  currentWorkingFirstName: 'ANDY',
  currentWorkingLastName: 'MARKE',
  currentWorkingBirthDate: '1970-01-01',
  ...overrides,
});

export const sampleMovement = (overrides: Partial<PrisonMovement> = {}): PrisonMovement => ({
  offenderNo: 'A5089DY',
  createDateTime: '2020-02-11T15:33:20',
  fromAgency: 'ABRYCT',
  fromAgencyDescription: 'Aberystwyth Crown Court',
  toAgency: 'MDI',
  toAgencyDescription: 'Moorland (HMP & YOI)',
  movementType: 'ADM',
  movementTypeDescription: 'Admission',
  directionCode: 'IN',
  movementDate: '2020-02-11',
  movementTime: '15:33:20',
  movementReason: 'Unconvicted Remand',
  movementReasonCode: 'N',
  ...overrides,
});
