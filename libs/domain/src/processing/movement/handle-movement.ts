import type { ExternalMovementInsertedEvent } from '../../events/inner-event';
import { wouldChangeLocation } from '../../key-dates/custody-key-dates';
import { done } from '../../message/outcome';
import { TELEMETRY_EVENTS, TELEMETRY_NOT_PRESENT } from '../../telemetry/telemetry-events';
import type { TelemetryEventProperties } from '../../telemetry/telemetry-event-properties';
import { validateMovement } from '../../validation/validate-event';
import { VALIDATION_REJECTIONS, type ValidationRejectionReason } from '../../validation/validation-rejection';
import { WITHHELD, type Attempt, type HandlerResult } from '../attempt';

/**
 * EXTERNAL_MOVEMENT_RECORD-INSERTED (docs/architecture.md, Processing a booking): an admission moves the
 * Delius custody there only while NOMIS holds the prisoner in that prison now (the validator's rule, run
 * again), so a late or out-of-order movement never puts Delius back. Tried once: the next one overtakes it.
 */
export async function handleMovement(
  event: ExternalMovementInsertedEvent,
  attempt: Attempt,
): Promise<HandlerResult> {
  const bookingId = String(event.bookingId);
  const movementSeq = 'movementSeq' in event ? String(event.movementSeq) : TELEMETRY_NOT_PRESENT;
  attempt.track({ name: TELEMETRY_EVENTS.externalMovement, properties: { bookingId, movementSeq } });
  const { prisonApi, communityApi } = attempt.upstreams;
  const verdict = await validateMovement(event, prisonApi, attempt.interestedPrisons);
  if (!verdict.movement) return ignored({ bookingId, movementSeq }, 'movement-not-found');
  const { movement } = verdict;
  const described = {
    bookingId,
    movementType: movement.movementType,
    fromAgency: movement.fromAgency ?? TELEMETRY_NOT_PRESENT,
    toAgency: movement.toAgency ?? TELEMETRY_NOT_PRESENT,
  };
  if (verdict.kind === 'reject') return ignored(described, verdict.rejection.reason);
  // Accepted: NOMIS holds the prisoner, now, in the prison the admission was into, and that is what is written.
  const booking = verdict.booking;
  const prison = booking.agencyId ?? '';

  const [prisoner] = await prisonApi.getPrisonerDetails(movement.offenderNo);
  const transfer = {
    ...described,
    offenderNo: movement.offenderNo,
    latestLocation: prisoner?.latestLocationId ?? TELEMETRY_NOT_PRESENT,
    convictedStatus: prisoner?.convictedStatus ?? TELEMETRY_NOT_PRESENT,
  };
  const recordNotFound: HandlerResult = {
    outcome: done('COMPLETED'),
    finalEvent: { name: TELEMETRY_EVENTS.transferProbationRecordNotFound, properties: transfer },
  };
  const { offenderNo: nomsNumber } = movement;
  const { bookingNo } = booking;

  // Read first: an admission to where Delius already has them changes nothing, so nothing is written.
  const held = await communityApi.getCustody(nomsNumber, bookingNo);
  if (held.kind === 'not-found') return recordNotFound;
  let custody = held.value;
  if (wouldChangeLocation(custody, prison)) {
    const body = { nomsPrisonInstitutionCode: prison };
    const set = await attempt.write({ write: 'setCustodyLocation', nomsNumber, bookingNo, ...body }, (api) =>
      api.setCustodyLocation(nomsNumber, bookingNo, body),
    );
    if (set !== WITHHELD) {
      if (set.kind === 'not-found') return recordNotFound;
      custody = set.value;
    }
  }
  return {
    outcome: done('COMPLETED'),
    finalEvent: {
      name: TELEMETRY_EVENTS.transferProbationUpdated,
      properties: { ...transfer, toAgencyDescription: custody.institution?.description ?? 'Not known' },
    },
  };
}

function ignored(
  properties: Omit<TelemetryEventProperties['P2PTransferIgnored'], 'reason'>,
  reason: ValidationRejectionReason,
): HandlerResult {
  return {
    outcome: done('NO_LONGER_VALID'),
    finalEvent: {
      name: TELEMETRY_EVENTS.transferIgnored,
      properties: { ...properties, reason: VALIDATION_REJECTIONS[reason] },
    },
  };
}
