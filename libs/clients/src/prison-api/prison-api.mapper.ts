import type {
  Booking,
  Movement,
  OffenderIdentifier,
  PrisonerDetails,
  SentenceDetail,
  SentenceTerm,
} from '@ptpu/domain';
import type { components } from '../generated/prison-api';
import { requireFields } from '../http/require-fields';
import type { CallContext } from '../http/to-system-error';
import { withoutAbsent } from '../http/without-absent';

type Schemas = components['schemas'];

export function toBooking(ctx: CallContext, body: Schemas['InmateDetail'] | undefined): Booking {
  const b = requireFields(ctx, body, [
    'bookingId',
    'bookingNo',
    'offenderNo',
    'activeFlag',
    'firstName',
    'lastName',
    'dateOfBirth',
  ]);
  return withoutAbsent({
    bookingId: b.bookingId,
    bookingNo: b.bookingNo,
    offenderNo: b.offenderNo,
    activeFlag: b.activeFlag,
    firstName: b.firstName,
    lastName: b.lastName,
    dateOfBirth: b.dateOfBirth,
    agencyId: b.agencyId,
    inOutStatus: b.inOutStatus,
    locationDescription: b.locationDescription,
    recall: b.recall,
    legalStatus: b.legalStatus,
  });
}

export function toSentenceDetail(
  ctx: CallContext,
  body: Schemas['SentenceCalcDates'] | undefined,
): SentenceDetail {
  const d = requireFields(ctx, body, []);
  return withoutAbsent({
    bookingId: d.bookingId,
    sentenceStartDate: d.sentenceStartDate,
    sentenceExpiryDate: d.sentenceExpiryDate,
    conditionalReleaseDate: d.conditionalReleaseDate,
    conditionalReleaseOverrideDate: d.conditionalReleaseOverrideDate,
    licenceExpiryDate: d.licenceExpiryDate,
    paroleEligibilityDate: d.paroleEligibilityDate,
    homeDetentionCurfewEligibilityDate: d.homeDetentionCurfewEligibilityDate,
    confirmedReleaseDate: d.confirmedReleaseDate,
    releaseDate: d.releaseDate,
    topupSupervisionExpiryDate: d.topupSupervisionExpiryDate,
  });
}

export function toSentenceTerm(term: Schemas['OffenderSentenceTerms']): SentenceTerm {
  return withoutAbsent({
    bookingId: term.bookingId,
    sentenceSequence: term.sentenceSequence,
    termSequence: term.termSequence,
    consecutiveTo: term.consecutiveTo,
    startDate: term.startDate,
    sentenceType: term.sentenceType,
    sentenceTypeDescription: term.sentenceTypeDescription,
    lifeSentence: term.lifeSentence,
  });
}

export function toOffenderIdentifier(
  ctx: CallContext,
  identifier: Schemas['OffenderIdentifier'],
): OffenderIdentifier {
  const i = requireFields(ctx, identifier, ['type', 'value']);
  return { type: i.type, value: i.value };
}

export function toPrisonerDetails(ctx: CallContext, prisoner: Schemas['PrisonerDetail']): PrisonerDetails {
  const p = requireFields(ctx, prisoner, [
    'offenderNo',
    'firstName',
    'lastName',
    'dateOfBirth',
    'currentlyInPrison',
  ]);
  return withoutAbsent({
    offenderNo: p.offenderNo,
    firstName: p.firstName,
    lastName: p.lastName,
    dateOfBirth: p.dateOfBirth,
    currentlyInPrison: p.currentlyInPrison,
    pncNumber: p.pncNumber,
    croNumber: p.croNumber,
    latestBookingId: p.latestBookingId,
    latestLocationId: p.latestLocationId,
    convictedStatus: p.convictedStatus,
    legalStatus: p.legalStatus,
  });
}

export function toMovement(ctx: CallContext, body: Schemas['Movement'] | undefined): Movement {
  const m = requireFields(ctx, body, [
    'offenderNo',
    'movementType',
    'directionCode',
    'movementDate',
    'createDateTime',
  ]);
  return withoutAbsent({
    offenderNo: m.offenderNo,
    movementType: m.movementType,
    directionCode: m.directionCode,
    movementDate: m.movementDate,
    movementTime: m.movementTime,
    createDateTime: m.createDateTime,
    movementReasonCode: m.movementReasonCode,
    fromAgency: m.fromAgency,
    fromAgencyDescription: m.fromAgencyDescription,
    toAgency: m.toAgency,
    toAgencyDescription: m.toAgencyDescription,
  });
}
