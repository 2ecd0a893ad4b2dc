import type { BookingNumberChangedEvent } from '../events/inner-event';
import { isInterestedPrison } from './interested-prisons';
import { mergedNomsNumbers } from './merged-noms-numbers';
import { accept, fetchFact, reject, withBooking } from './step-helpers';
import type { ValidationFacts, ValidationStep } from './validation-step';

/**
 * Only a booking in an interested prison with at least one merged NOMS number has a number to replace. The
 * booking need not be active: a merge concerns the person, not the stay. The validator and the processor
 * both run this rule.
 */
export function bookingNumberChangeValidationStep(
  _event: BookingNumberChangedEvent,
  facts: ValidationFacts,
  interestedPrisons: readonly string[],
): ValidationStep {
  return withBooking(facts, (booking) => {
    if (!isInterestedPrison(booking.agencyId, interestedPrisons))
      return reject('not-interested-prison', facts);
    if (!facts.mergedIdentifiers) return fetchFact('merged-identifiers');
    if (mergedNomsNumbers(facts.mergedIdentifiers).length === 0)
      return reject('no-merged-identifiers', facts);
    return accept(booking, facts);
  });
}
