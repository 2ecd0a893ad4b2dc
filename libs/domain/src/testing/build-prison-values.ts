import type { Booking } from '../upstream/prison';
import type { Movement } from '../upstream/prison';
import type { OffenderIdentifier } from '../upstream/prison';
import type { PrisonerDetails } from '../upstream/prison';
import type { SentenceDetail } from '../upstream/prison';
import type { SentenceTerm } from '../upstream/prison';

/*
 * Complete, valid prison-api values shaped like the original service's WireMock fixtures (booking 1200835,
 * prisoner A5089DY at MDI); pass only the fields a test is about.
 */

export function buildBooking(overrides: Partial<Booking> = {}): Booking {
  return {
    bookingId: 1200835,
    bookingNo: '38339A',
    offenderNo: 'A5089DY',
    activeFlag: true,
    firstName: 'ANDY',
    lastName: 'MARKE',
    dateOfBirth: '1970-01-01',
    agencyId: 'MDI',
    inOutStatus: 'IN',
    locationDescription: 'Moorland (HMP & YOI)',
    recall: false,
    legalStatus: 'SENTENCED',
    ...overrides,
  };
}

export function buildSentenceDetail(overrides: Partial<SentenceDetail> = {}): SentenceDetail {
  return {
    bookingId: 1200835,
    sentenceStartDate: '2020-02-11',
    sentenceExpiryDate: '2021-02-10',
    conditionalReleaseDate: '2020-08-10',
    licenceExpiryDate: '2021-02-10',
    homeDetentionCurfewEligibilityDate: '2020-06-28',
    topupSupervisionExpiryDate: '2021-08-10',
    ...overrides,
  };
}

export function buildSentenceTerm(overrides: Partial<SentenceTerm> = {}): SentenceTerm {
  return {
    bookingId: 1200835,
    startDate: '2020-02-11',
    ...overrides,
  };
}

export function buildMovement(overrides: Partial<Movement> = {}): Movement {
  return {
    offenderNo: 'A5089DY',
    movementType: 'ADM',
    fromAgency: 'ABRYCT',
    toAgency: 'MDI',
    toAgencyDescription: 'Moorland (HMP & YOI)',
    ...overrides,
  };
}

export function buildMergedIdentifier(value = 'A9999DY'): OffenderIdentifier {
  return { type: 'MERGED', value };
}

export function buildPrisonerDetails(overrides: Partial<PrisonerDetails> = {}): PrisonerDetails {
  return {
    offenderNo: 'A5089DY',
    firstName: 'ANDY',
    lastName: 'MARKE',
    dateOfBirth: '1970-01-01',
    pncNumber: '2019/0012345X',
    croNumber: '123456/19A',
    latestBookingId: 1200835,
    latestLocationId: 'MDI',
    ...overrides,
  };
}
