import type { Booking } from '../upstream/booking';
import { validationRejection, type ValidationRejectionReason } from './validation-rejection';
import type { ValidationFacts, ValidationFetch, ValidationStep } from './validation-step';

/* Shorthands the per-event rule files share; internal to validation/. */

export const fetchFact = (fetch: ValidationFetch): ValidationStep => ({ kind: 'fetch', fetch });

export const reject = (reason: ValidationRejectionReason, facts: ValidationFacts): ValidationStep => ({
  kind: 'reject',
  rejection: validationRejection(reason),
  facts,
});

export const accept = (booking: Booking, facts: ValidationFacts): ValidationStep => ({
  kind: 'accept',
  booking,
  facts,
});

/** Runs `rules` once the booking is known; every event type needs it, and a missing booking ends validation. */
export function withBooking(
  facts: ValidationFacts,
  rules: (booking: Booking) => ValidationStep,
): ValidationStep {
  if (!facts.booking) return fetchFact('booking');
  if (facts.booking.kind === 'not-found') return reject('booking-not-found', facts);
  return rules(facts.booking.value);
}
