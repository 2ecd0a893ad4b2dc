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
