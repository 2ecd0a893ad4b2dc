import type { InnerEvent } from '../events/inner-event';
import { bookingNumberChangeValidationStep } from './booking-number-change-validation';
import { keyDatesValidationStep } from './key-dates-validation';
import { movementValidationStep } from './movement-validation';
import { statusChangeValidationStep } from './status-change-validation';
import type { ValidationFacts, ValidationStep } from './validation-step';

/**
 * The validation rule of the event's type (one per type, shared by the validator and the processor): given
 * what is known so far, the next fetch or the verdict. Call it with no facts first (the checks that need no
 * I/O), then again after each fetch it asks for.
 */
export function nextValidationStep(
  event: InnerEvent,
  facts: ValidationFacts,
  interestedPrisons: readonly string[],
): ValidationStep {
  switch (event.eventType) {
    case 'IMPRISONMENT_STATUS-CHANGED':
      return statusChangeValidationStep(event, facts, interestedPrisons);
    case 'EXTERNAL_MOVEMENT_RECORD-INSERTED':
      return movementValidationStep(event, facts, interestedPrisons);
    case 'BOOKING_NUMBER-CHANGED':
      return bookingNumberChangeValidationStep(event, facts, interestedPrisons);
    default:
      return keyDatesValidationStep(event, facts, interestedPrisons);
  }
}
