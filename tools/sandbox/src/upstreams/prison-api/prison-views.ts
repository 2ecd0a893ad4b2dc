import type {
  InmateDetail,
  OffenderSentenceTerms,
  PrisonerDetail,
  PrisonMovement,
  PrisonOffenderIdentifier,
  SentenceCalcDates,
} from '@ptpu/clients';
import { optional } from '../../http/optional-field';
import type { WorldState } from '../../state/world-state';
import type { Booking, Movement, Prisoner } from '../../world/world.schema';

/** How prison-api shapes the world's NOMIS data (libs/clients/openapi/prison-api.yaml). */

const MOVEMENT_TYPE_DESCRIPTIONS: Record<Movement['movementType'], string> = {
  ADM: 'Admission',
  CRT: 'Court',
  REL: 'Release',
  TAP: 'Temporary Absence',
  TRN: 'Transfer',
};

/** As NOMIS derives it: out after a movement out, in transit between a transfer out and the next admission. */
function inOutStatusOf(booking: Booking, lastMovement: Movement | undefined): 'IN' | 'OUT' | 'TRN' {
  if (!booking.activeFlag) return 'OUT';
  if (lastMovement?.directionCode !== 'OUT') return 'IN';
  return lastMovement.movementType === 'TRN' ? 'TRN' : 'OUT';
}

export function inmateDetail(
  world: WorldState,
  prisoner: Prisoner,
  booking: Booking,
  extraInfo: boolean,
): InmateDetail {
  const lastMovement = booking.movements.toSorted((a, b) => a.sequence - b.sequence).at(-1);
  const inOutStatus = inOutStatusOf(booking, lastMovement);
  const basic: InmateDetail = {
    offenderNo: prisoner.offenderNo,
    bookingId: booking.bookingId,
    bookingNo: booking.bookingNo,
    firstName: prisoner.firstName,
    ...(prisoner.middleNames === undefined ? {} : { middleName: prisoner.middleNames }),
    lastName: prisoner.lastName,
    dateOfBirth: prisoner.dateOfBirth,
    activeFlag: booking.activeFlag,
    agencyId: booking.agencyId,
    ...(booking.assignedLivingUnitId === undefined
      ? {}
      : { assignedLivingUnitId: booking.assignedLivingUnitId }),
    locationDescription: world.agency(booking.agencyId)?.description ?? booking.agencyId,
    latestLocationId: booking.agencyId,
    inOutStatus,
    status: `${booking.activeFlag ? 'ACTIVE' : 'INACTIVE'} ${inOutStatus}`,
    ...(lastMovement === undefined
      ? {}
      : {
          lastMovementTypeCode: lastMovement.movementType,
          lastMovementReasonCode: lastMovement.movementReasonCode,
        }),
  };
  if (!extraInfo) return basic;
  return {
    ...basic,
    legalStatus: booking.legalStatus,
    recall: booking.recall,
    ...optional('imprisonmentStatus', booking.imprisonmentStatus),
    ...optional('imprisonmentStatusDescription', booking.imprisonmentStatusDescription),
    ...optional('receptionDate', booking.receptionDate),
    identifiers: offenderIdentifiers(prisoner, booking),
    sentenceDetail: sentenceCalcDates(booking),
  };
}

export function sentenceCalcDates(booking: Booking): SentenceCalcDates {
  return { bookingId: booking.bookingId, ...booking.sentenceDetail };
}

export function sentenceTerms(booking: Booking): OffenderSentenceTerms[] {
  return booking.sentenceTerms.map((term) => ({
    bookingId: booking.bookingId,
    sentenceSequence: term.sentenceSequence,
    termSequence: term.termSequence,
    ...optional('consecutiveTo', term.consecutiveTo),
    ...optional('sentenceType', term.sentenceType),
    ...optional('sentenceTypeDescription', term.sentenceTypeDescription),
    ...optional('startDate', term.startDate),
    ...optional('sentenceStartDate', term.startDate),
    ...optional('years', term.years),
    ...optional('months', term.months),
    ...optional('weeks', term.weeks),
    ...optional('days', term.days),
    lifeSentence: term.lifeSentence,
    ...optional('caseId', term.caseId),
    sentenceTermCode: term.sentenceTermCode,
    lineSeq: term.sentenceSequence,
  }));
}

/** The prisoner's PNC and CRO as NOMIS identifiers, then the booking's own (MERGED ...). */
export function offenderIdentifiers(prisoner: Prisoner, booking: Booking): PrisonOffenderIdentifier[] {
  const police = [
    ...(prisoner.pncNumber === undefined ? [] : [{ type: 'PNC', value: prisoner.pncNumber }]),
    ...(prisoner.croNumber === undefined ? [] : [{ type: 'CRO', value: prisoner.croNumber }]),
  ];
  return [...police, ...booking.identifiers].map((identifier) => ({
    ...identifier,
    offenderNo: prisoner.offenderNo,
    bookingId: booking.bookingId,
    caseloadType: 'INST',
  }));
}

/** The booking prison-api calls the latest: the active one, else the one with the highest id. */
function latestBooking(prisoner: Prisoner): Booking {
  const active = prisoner.bookings.find((booking) => booking.activeFlag);
  return active ?? prisoner.bookings.toSorted((a, b) => b.bookingId - a.bookingId)[0];
}

export function prisonerDetail(world: WorldState, prisoner: Prisoner): PrisonerDetail {
  const booking = latestBooking(prisoner);
  return {
    offenderNo: prisoner.offenderNo,
    firstName: prisoner.firstName,
    ...optional('middleNames', prisoner.middleNames),
    lastName: prisoner.lastName,
    dateOfBirth: prisoner.dateOfBirth,
    gender: prisoner.gender,
    sexCode: { Male: 'M', Female: 'F', 'Not Known': 'NK' }[prisoner.gender],
    currentlyInPrison: booking.activeFlag ? 'Y' : 'N',
    latestBookingId: booking.bookingId,
    latestLocationId: booking.agencyId,
    latestLocation: world.agency(booking.agencyId)?.description ?? booking.agencyId,
    ...optional('pncNumber', prisoner.pncNumber),
    ...optional('croNumber', prisoner.croNumber),
    convictedStatus: booking.legalStatus === 'REMAND' ? 'Remand' : 'Convicted',
    legalStatus: booking.legalStatus,
    ...optional('imprisonmentStatus', booking.imprisonmentStatus),
    ...optional('imprisonmentStatusDesc', booking.imprisonmentStatusDescription),
    ...optional('receptionDate', booking.receptionDate),
    currentWorkingFirstName: prisoner.firstName,
    currentWorkingLastName: prisoner.lastName,
    currentWorkingBirthDate: prisoner.dateOfBirth,
  };
}

export function movement(world: WorldState, prisoner: Prisoner, record: Movement): PrisonMovement {
  return {
    offenderNo: prisoner.offenderNo,
    createDateTime: `${record.movementDate}T${record.movementTime}`,
    ...optional('fromAgency', record.fromAgency),
    ...optional('fromAgencyDescription', world.agency(record.fromAgency)?.description),
    ...optional('toAgency', record.toAgency),
    ...optional('toAgencyDescription', world.agency(record.toAgency)?.description),
    ...optional('fromCity', record.fromCity),
    ...optional('toCity', record.toCity),
    movementType: record.movementType,
    movementTypeDescription: MOVEMENT_TYPE_DESCRIPTIONS[record.movementType],
    directionCode: record.directionCode,
    movementDate: record.movementDate,
    movementTime: record.movementTime,
    movementReason: record.movementReason,
    movementReasonCode: record.movementReasonCode,
    ...optional('commentText', record.commentText),
  };
}
