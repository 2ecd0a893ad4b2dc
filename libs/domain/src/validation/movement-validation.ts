import type { ExternalMovementInsertedEvent } from '../events/inner-event';
import { isAdmissionToPrison } from './admission';
import { isInterestedPrison } from './interested-prisons';
import { accept, fetchFact, reject, withBooking } from './step-helpers';
import type { ValidationFacts, ValidationStep } from './validation-step';

/**
 * Reference section 5.3 (validation): the movement must be an admission into an interested prison of an
 * active booking. The processor repeats these rules, because the booking may have changed since.
 */
export function movementValidationStep(
  _event: ExternalMovementInsertedEvent,
  facts: ValidationFacts,
  interestedPrisons: readonly string[],
): ValidationStep {
  if (!facts.movement) return fetchFact('movement');
  if (facts.movement.kind === 'not-found') return reject('movement-not-found');
  const movement = facts.movement.value;
  if (!isAdmissionToPrison(movement)) return reject('not-an-admission');
  if (!isInterestedPrison(movement.toAgency, interestedPrisons)) return reject('not-interested-prison');
  return withBooking(facts, (booking) => (booking.activeFlag ? accept(booking) : reject('booking-inactive')));
}
