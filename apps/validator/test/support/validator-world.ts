import type { WorldInput } from '@ptpu/sandbox';

/** Bookings of the validator's world, one per validation path (docs/architecture.md, Outcomes and statuses). */
export const BOOKINGS = {
  /** The original's sample: active at MDI with a sentence start date, an admission and a merged NOMS number. */
  accepted: 1200835,
  /** Released (though admitted to MDI once): no longer active. */
  inactive: 1200836,
  /** Active at MDI, but NOMIS has no sentence start date yet, and nothing is merged into it. */
  noSentenceStartDate: 1200837,
  /** Active at Leeds (admitted there), outside the interested prisons the suites configure (MDI only). */
  elsewhere: 1200838,
  /** prison-api has never heard of it. */
  unknown: 9999999,
} as const;

/** Movements of the accepted booking. */
export const MOVEMENTS = {
  admission: 1,
  temporaryAbsence: 2,
  temporaryAbsenceReturn: 3,
  unknown: 9,
} as const;

/** The validator's suites act for MDI only, so a booking at LEI is "not at an interested prison". */
export const INTERESTED_PRISONS = 'MDI';

const sentenced = (sentenceStartDate?: string) => ({
  legalStatus: 'SENTENCED' as const,
  sentenceDetail: sentenceStartDate ? { sentenceStartDate, sentenceExpiryDate: '2027-02-10' } : {},
});

const admission = (sequence: number, toAgency: string) => ({
  sequence,
  movementType: 'ADM' as const,
  directionCode: 'IN' as const,
  movementDate: '2020-01-13',
  movementTime: '11:33:23',
  movementReasonCode: 'N',
  movementReason: 'Unconvicted Remand',
  fromAgency: 'ABRYCT',
  toAgency,
});

export const VALIDATOR_WORLD: WorldInput = {
  description: 'One prisoner per validator path',
  agencies: [
    { agencyId: 'MDI', description: 'Moorland (HMP & YOI)' },
    { agencyId: 'LEI', description: 'Leeds (HMP)' },
    { agencyId: 'ABRYCT', description: 'Aberystwyth Crown Court' },
    { agencyId: 'OUT', description: 'Outside' },
  ],
  prisoners: [
    {
      scenario: 'stored for every event type',
      offenderNo: 'A5089DY',
      firstName: 'ANDY',
      lastName: 'MARKE',
      dateOfBirth: '1970-01-01',
      gender: 'Male',
      bookings: [
        {
          bookingId: BOOKINGS.accepted,
          bookingNo: '38339A',
          activeFlag: true,
          agencyId: 'MDI',
          ...sentenced('2020-02-11'),
          identifiers: [{ type: 'MERGED', value: 'A9999DY' }],
          movements: [
            admission(MOVEMENTS.admission, 'MDI'),
            {
              sequence: MOVEMENTS.temporaryAbsence,
              movementType: 'TAP',
              directionCode: 'OUT',
              movementDate: '2020-03-01',
              movementTime: '09:00:00',
              movementReasonCode: 'C3',
              movementReason: 'Funeral',
              fromAgency: 'MDI',
            },
            // Back from the funeral: in MDI now, so its admission is still where NOMIS holds them.
            {
              sequence: MOVEMENTS.temporaryAbsenceReturn,
              movementType: 'TAP',
              directionCode: 'IN',
              movementDate: '2020-03-01',
              movementTime: '17:00:00',
              movementReasonCode: 'C3',
              movementReason: 'Funeral',
              toAgency: 'MDI',
            },
          ],
        },
      ],
    },
    {
      scenario: 'released: status changes ignored, nothing merged',
      offenderNo: 'A1234AA',
      firstName: 'BEN',
      lastName: 'GONE',
      dateOfBirth: '1980-05-05',
      gender: 'Male',
      bookings: [
        {
          bookingId: BOOKINGS.inactive,
          bookingNo: '11111A',
          activeFlag: false,
          agencyId: 'OUT',
          ...sentenced('2019-01-01'),
          movements: [admission(MOVEMENTS.admission, 'MDI')],
        },
      ],
    },
    {
      scenario: 'no sentence start date',
      offenderNo: 'A2345BB',
      firstName: 'CARL',
      lastName: 'WAITING',
      dateOfBirth: '1990-09-09',
      gender: 'Male',
      bookings: [
        {
          bookingId: BOOKINGS.noSentenceStartDate,
          bookingNo: '22222B',
          activeFlag: true,
          agencyId: 'MDI',
          ...sentenced(),
        },
      ],
    },
    {
      scenario: 'held outside the interested prisons',
      offenderNo: 'A3456CC',
      firstName: 'DAN',
      lastName: 'LEEDS',
      dateOfBirth: '1985-03-03',
      gender: 'Male',
      bookings: [
        {
          bookingId: BOOKINGS.elsewhere,
          bookingNo: '33333C',
          activeFlag: true,
          agencyId: 'LEI',
          ...sentenced('2021-06-01'),
          identifiers: [{ type: 'MERGED', value: 'A8888DY' }],
          movements: [admission(MOVEMENTS.admission, 'LEI')],
        },
      ],
    },
  ],
};
