import type { BookingNumberChangedEvent } from '../events/inner-event';
import { isInterestedPrison } from './interested-prisons';
import { mergedNomsNumbers } from './merged-noms-numbers';
import { accept, fetchFact, reject, withBooking } from './step-helpers';
import type { ValidationFacts, ValidationStep } from './validation-step';

/**
 * Reference section 2.2: only a booking in an interested prison with at least one merged NOMS number has a
 * number to replace. The booking need not be active: a merge concerns the person, not the stay.
 */
export function bookingNumberChangeValidationStep(
  _event: BookingNumberChangedEvent,
  facts: ValidationFacts,
  interestedPrisons: readonly string[],
): ValidationStep {
  return withBooking(facts, (booking) => {
    if (!isInterestedPrison(booking.agencyId, interestedPrisons)) return reject('not-interested-prison');
    if (!facts.mergedIdentifiers) return fetchFact('merged-identifiers');
    if (mergedNomsNumbers(facts.mergedIdentifiers).length === 0) return reject('no-merged-identifiers');
    return accept(booking);
  });
}
