import type { KeyDatesChangedEvent } from '../events/inner-event';
import { isInterestedPrison } from './interested-prisons';
import { accept, reject, withBooking } from './step-helpers';
import type { ValidationFacts, ValidationStep } from './validation-step';

/**
 * A key-date event matters for an active booking in an interested prison: a released prisoner's dates are
 * Delius's own business from then on. The validator and the processor both run this rule.
 */
export function keyDatesValidationStep(
  _event: KeyDatesChangedEvent,
  facts: ValidationFacts,
  interestedPrisons: readonly string[],
): ValidationStep {
  return withBooking(facts, (booking) => {
    if (!booking.activeFlag) return reject('booking-inactive', facts);
    if (!isInterestedPrison(booking.agencyId, interestedPrisons))
      return reject('not-interested-prison', facts);
    return accept(booking, facts);
  });
}
