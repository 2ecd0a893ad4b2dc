import type { InnerEvent } from '../events/inner-event';
import type { PrisonApi } from '../ports/prison-api.port';
import { nextValidationStep } from './next-validation-step';
import type { ValidationFacts, ValidationFetch, ValidationStep } from './validation-step';

export type ValidationVerdict = Exclude<ValidationStep, { kind: 'fetch' }>;

/**
 * Runs the validation rule of the event's type against prison-api, fetching only what the next check needs.
 * Business outcomes (a rule says no, a 404) come back as the verdict, with the facts it was reached on;
 * prison-api failures are thrown by the port unchanged. The validator runs it on receipt and the processor
 * again on each attempt, so both apply the same rules to NOMIS as it is at the time.
 */
export async function validateEvent(
  event: InnerEvent,
  prisonApi: PrisonApi,
  interestedPrisons: readonly string[],
): Promise<ValidationVerdict> {
  let facts: ValidationFacts = {};
  for (;;) {
    const step = nextValidationStep(event, facts, interestedPrisons);
    if (step.kind !== 'fetch') return step;
    facts = await withFetched(facts, step.fetch, event, prisonApi);
  }
}

async function withFetched(
  facts: ValidationFacts,
  fetch: ValidationFetch,
  event: InnerEvent,
  prisonApi: PrisonApi,
): Promise<ValidationFacts> {
  switch (fetch) {
    case 'sentence-terms':
      return { ...facts, sentenceTerms: await prisonApi.getSentenceTerms(event.bookingId) };
    case 'booking':
      return { ...facts, booking: await prisonApi.getBooking(event.bookingId) };
    case 'merged-identifiers':
      return { ...facts, mergedIdentifiers: await prisonApi.getMergedIdentifiers(event.bookingId) };
    case 'movement':
      if (event.eventType !== 'EXTERNAL_MOVEMENT_RECORD-INSERTED') {
        throw new TypeError(`a ${event.eventType} event has no movement to fetch`);
      }
      return { ...facts, movement: await prisonApi.getMovement(event.bookingId, event.movementSeq) };
  }
}
