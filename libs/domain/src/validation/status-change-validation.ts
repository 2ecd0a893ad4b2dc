import type { ImprisonmentStatusChangedEvent } from '../events/inner-event';
import { primarySentenceStartDate } from '../sentence/primary-sentence-start-date';
import { isInterestedPrison } from './interested-prisons';
import { accept, fetchFact, reject, withBooking } from './step-helpers';
import type { ValidationFacts, ValidationStep } from './validation-step';

/**
 * Sequence, then the primary sentence start date (from the sentence terms, the date matching and the book
 * number use), then the booking's state and prison. The validator and the processor both run this rule.
 */
export function statusChangeValidationStep(
  event: ImprisonmentStatusChangedEvent,
  facts: ValidationFacts,
  interestedPrisons: readonly string[],
): ValidationStep {
  // NOMIS raises several events per sentence; only the insert (sequence 0) can mean a new conviction.
  if (event.imprisonmentStatusSeq !== 0) return reject('non-zero-sequence', facts);
  if (!facts.sentenceTerms) return fetchFact('sentence-terms');
  if (facts.sentenceTerms.kind === 'not-found') return reject('booking-not-found', facts);
  if (!primarySentenceStartDate(facts.sentenceTerms.value)) return reject('no-sentence-start-date', facts);
  return withBooking(facts, (booking) => {
    if (!booking.activeFlag) return reject('booking-inactive', facts);
    if (!isInterestedPrison(booking.agencyId, interestedPrisons))
      return reject('not-interested-prison', facts);
    return accept(booking, facts);
  });
}
