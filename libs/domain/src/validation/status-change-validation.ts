import type { ImprisonmentStatusChangedEvent } from '../events/inner-event';
import { isInterestedPrison } from './interested-prisons';
import { accept, fetchFact, reject, withBooking } from './step-helpers';
import type { ValidationFacts, ValidationStep } from './validation-step';

/** Reference section 2.1: sequence, then the sentence start date, then the booking's state and prison. */
export function statusChangeValidationStep(
  event: ImprisonmentStatusChangedEvent,
  facts: ValidationFacts,
  interestedPrisons: readonly string[],
): ValidationStep {
  // NOMIS raises several events per sentence; only the insert (sequence 0) can mean a new conviction.
  if (event.imprisonmentStatusSeq !== 0) return reject('non-zero-sequence');
  if (!facts.sentenceDetail) return fetchFact('sentence-detail');
  if (facts.sentenceDetail.kind === 'not-found') return reject('booking-not-found');
  if (!facts.sentenceDetail.value.sentenceStartDate) return reject('no-sentence-start-date');
  return withBooking(facts, (booking) => {
    if (!booking.activeFlag) return reject('booking-inactive');
    if (!isInterestedPrison(booking.agencyId, interestedPrisons)) return reject('not-interested-prison');
    return accept(booking);
  });
}
