import type { ExternalMovementInsertedEvent } from '../events/inner-event';
import { isAdmissionToPrison, isHeldThereNow } from './admission';
import { isInterestedPrison } from './interested-prisons';
import { accept, fetchFact, reject, withBooking } from './step-helpers';
import type { ValidationFacts, ValidationStep } from './validation-step';

/**
 * The movement must be an admission into an interested prison of an active booking, and NOMIS must hold the
 * prisoner in that prison now. The validator and the processor both run this rule, the processor against
 * NOMIS as it is by then, so a movement worked late never puts Delius back where the prisoner was.
 */
export function movementValidationStep(
  _event: ExternalMovementInsertedEvent,
  facts: ValidationFacts,
  interestedPrisons: readonly string[],
): ValidationStep {
  if (!facts.movement) return fetchFact('movement');
  if (facts.movement.kind === 'not-found') return reject('movement-not-found', facts);
  const movement = facts.movement.value;
  if (!isAdmissionToPrison(movement)) return reject('not-an-admission', facts);
  if (!isInterestedPrison(movement.toAgency, interestedPrisons))
    return reject('not-interested-prison', facts);
  return withBooking(facts, (booking) => {
    if (!booking.activeFlag) return reject('booking-inactive', facts);
    if (!isHeldThereNow(booking, movement)) return reject('not-held-there-now', facts);
    return accept(booking, facts);
  });
}
