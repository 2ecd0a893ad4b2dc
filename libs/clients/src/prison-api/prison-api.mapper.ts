import type {
  Booking,
  Movement,
  OffenderIdentifier,
  PrisonerDetails,
  SentenceDetail,
  SentenceTerm,
} from '@ptpu/domain';
import type { components } from '../generated/prison-api';
import { pickFields, pickPresent } from '../http/require-fields';
import type { CallContext } from '../http/to-system-error';

type Schemas = components['schemas'];

export function toBooking(ctx: CallContext, body: Schemas['InmateDetail'] | undefined): Booking {
  return pickFields(
    ctx,
    body,
    ['bookingId', 'bookingNo', 'offenderNo', 'activeFlag', 'firstName', 'lastName', 'dateOfBirth'],
    ['agencyId', 'inOutStatus', 'locationDescription', 'recall', 'legalStatus'],
  );
}

export function toSentenceDetail(
  ctx: CallContext,
  body: Schemas['SentenceCalcDates'] | undefined,
): SentenceDetail {
  return pickFields(
    ctx,
    body,
    [],
    [
      'bookingId',
      'sentenceStartDate',
      'sentenceExpiryDate',
      'conditionalReleaseDate',
      'conditionalReleaseOverrideDate',
      'licenceExpiryDate',
      'paroleEligibilityDate',
      'homeDetentionCurfewEligibilityDate',
      'confirmedReleaseDate',
      'releaseDate',
      'topupSupervisionExpiryDate',
    ],
  );
}

export function toSentenceTerm(term: Schemas['OffenderSentenceTerms']): SentenceTerm {
  return pickPresent(term, [
    'bookingId',
    'sentenceSequence',
    'termSequence',
    'consecutiveTo',
    'startDate',
    'sentenceType',
    'sentenceTypeDescription',
    'lifeSentence',
  ]);
}

export function toOffenderIdentifier(
  ctx: CallContext,
  identifier: Schemas['OffenderIdentifier'],
): OffenderIdentifier {
  return pickFields(ctx, identifier, ['type', 'value'], []);
}

export function toPrisonerDetails(ctx: CallContext, prisoner: Schemas['PrisonerDetail']): PrisonerDetails {
  return pickFields(
    ctx,
    prisoner,
    ['offenderNo', 'firstName', 'lastName', 'dateOfBirth', 'currentlyInPrison'],
    ['pncNumber', 'croNumber', 'latestBookingId', 'latestLocationId', 'convictedStatus', 'legalStatus'],
  );
}

export function toMovement(ctx: CallContext, body: Schemas['Movement'] | undefined): Movement {
  return pickFields(
    ctx,
    body,
    ['offenderNo', 'movementType', 'directionCode', 'movementDate', 'createDateTime'],
    [
      'movementTime',
      'movementReasonCode',
      'fromAgency',
      'fromAgencyDescription',
      'toAgency',
      'toAgencyDescription',
    ],
  );
}
