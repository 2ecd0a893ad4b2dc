import type { WorldInput } from './world.schema';

/**
 * Builders for worlds in tests: a full, valid default plus overrides, so a test shows only what matters.
 * Every builder returns world-file data (input form), which startSandbox / admin.loadWorld validate.
 */
export type AgencyInput = NonNullable<WorldInput['agencies']>[number];
export type PrisonerInput = NonNullable<WorldInput['prisoners']>[number];
export type BookingInput = PrisonerInput['bookings'][number];
export type DeliusCaseInput = NonNullable<WorldInput['deliusCases']>[number];
export type ConvictionInput = NonNullable<DeliusCaseInput['convictions']>[number];

export const MOORLAND: AgencyInput = {
  agencyId: 'MDI',
  description: 'Moorland (HMP & YOI)',
  delius: { institutionId: 2500004521, code: 'MDIHMP' },
};
export const LEEDS: AgencyInput = {
  agencyId: 'LEI',
  description: 'Leeds (HMP)',
  delius: { institutionId: 2500004522, code: 'LEIHMP' },
};

export function buildWorld(parts: Partial<WorldInput> = {}): WorldInput {
  return { agencies: [MOORLAND, LEEDS], prisoners: [], deliusCases: [], ...parts };
}

export function buildPrisoner(overrides: Partial<PrisonerInput> = {}): PrisonerInput {
  return {
    offenderNo: 'A5089DY',
    firstName: 'ANDY',
    lastName: 'MARKE',
    dateOfBirth: '1970-01-01',
    gender: 'Male',
    bookings: [buildBooking()],
    ...overrides,
  };
}

export function buildBooking(overrides: Partial<BookingInput> = {}): BookingInput {
  return {
    bookingId: 1200835,
    bookingNo: '38339A',
    activeFlag: true,
    agencyId: 'MDI',
    legalStatus: 'SENTENCED',
    sentenceDetail: { sentenceStartDate: '2020-02-11' },
    sentenceTerms: [{ sentenceSequence: 1, startDate: '2020-02-11' }],
    ...overrides,
  };
}

export function buildDeliusCase(overrides: Partial<DeliusCaseInput> = {}): DeliusCaseInput {
  return {
    crn: 'X142620',
    firstName: 'Andy',
    surname: 'Marke',
    dateOfBirth: '1970-01-01',
    convictions: [buildCustodialConviction()],
    ...overrides,
  };
}

/** An active custodial event at Moorland; convictionIds must be unique across a world. */
export function buildCustodialConviction(
  overrides: Partial<ConvictionInput> & { startDate?: string } = {},
): ConvictionInput {
  const { startDate = '2020-02-11', ...rest } = overrides;
  return {
    convictionId: 2500295343,
    index: '1',
    active: true,
    sentence: { description: 'CJA - Std Determinate Custody', startDate },
    custody: { institution: 'MDI' },
    ...rest,
  };
}

/** Who an unlinked person is: the identities NOMIS and Delius each know them by. */
export interface UnlinkedPersonIds {
  offenderNo: string;
  bookingId: number;
  bookingNo: string;
  crn: string;
  convictionId: number;
  /** As Delius writes them (`Bench`); NOMIS has them in capitals. */
  firstName: string;
  surname: string;
  dateOfBirth: string;
  croNumber: string;
}

const UNLINKED_SENTENCE_START = '2026-01-05';

/**
 * A sentenced prisoner at Moorland and a Delius case that is theirs alone but not yet linked: no NOMS number on
 * the case, its custody at Leeds, no key dates. A status change for them takes the longest path, every Delius
 * write included, and sets the NOMS number (so it owes `prison-identifier.added`). For worlds of many people.
 */
export function buildUnlinkedPerson(ids: UnlinkedPersonIds): {
  prisoner: PrisonerInput;
  deliusCase: DeliusCaseInput;
} {
  const { offenderNo, bookingId, bookingNo, crn, convictionId, firstName, surname, dateOfBirth, croNumber } =
    ids;
  return {
    prisoner: {
      offenderNo,
      firstName: firstName.toUpperCase(),
      lastName: surname.toUpperCase(),
      dateOfBirth,
      gender: 'Male',
      croNumber,
      bookings: [
        {
          bookingId,
          bookingNo,
          activeFlag: true,
          agencyId: MOORLAND.agencyId,
          legalStatus: 'SENTENCED',
          sentenceDetail: {
            sentenceStartDate: UNLINKED_SENTENCE_START,
            sentenceExpiryDate: '2028-01-04',
            conditionalReleaseDate: '2027-01-05',
            licenceExpiryDate: '2028-01-04',
          },
          sentenceTerms: [{ sentenceSequence: 1, startDate: UNLINKED_SENTENCE_START }],
        },
      ],
    },
    deliusCase: {
      crn,
      firstName,
      surname,
      dateOfBirth,
      otherIds: { croNumber },
      convictions: [
        buildCustodialConviction({
          convictionId,
          startDate: UNLINKED_SENTENCE_START,
          custody: { institution: LEEDS.agencyId },
        }),
      ],
    },
  };
}
