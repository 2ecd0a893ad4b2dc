import type { ImprisonmentStatusChangedEvent } from '../../events/inner-event';
import { done, tryLater } from '../../message/outcome';
import { TELEMETRY_EVENTS } from '../../telemetry/telemetry-events';
import type { TelemetryEvent } from '../../telemetry/telemetry-event-properties';
import { validateStatusChange, type RejectedOn } from '../../validation/validate-event';
import type { ValidationRejection } from '../../validation/validation-rejection';
import type { Attempt, HandlerResult } from '../attempt';
import { linkCase } from './link-case';
import { matchPrisoner } from './match-prisoner';
import { bookingKeys, eventKeys, syncCustody } from './sync-custody';

/**
 * IMPRISONMENT_STATUS-CHANGED (docs/architecture.md, Processing a booking): the prisoner is matched to their
 * Delius case and its custody brought into line, once the validator's rule passes against NOMIS as it is now.
 */
export async function handleStatusChange(
  event: ImprisonmentStatusChangedEvent,
  attempt: Attempt,
): Promise<HandlerResult> {
  const verdict = await validateStatusChange(event, attempt.upstreams.prisonApi, attempt.interestedPrisons);
  if (verdict.kind === 'reject') {
    return { outcome: done('NO_LONGER_VALID'), finalEvent: rejectionEvent(event, verdict) };
  }
  const { booking, sentenceStartDate } = verdict;

  const decision = await matchPrisoner(booking, sentenceStartDate, attempt);
  if (decision.kind === 'unmatched') {
    const { status, matchingCrns, consideredCrns, passingCrns, candidateCrns } = decision;
    const properties = { ...eventKeys(event), offenderNo: booking.offenderNo };
    return {
      outcome: tryLater(status, { matchingCrns, watchCrns: consideredCrns }),
      finalEvent:
        status === 'TOO_MANY_MATCHES'
          ? {
              name: TELEMETRY_EVENTS.offenderTooManyMatches,
              properties: { ...properties, filtered_crns: passingCrns.join(', ') },
            }
          : {
              name: TELEMETRY_EVENTS.offenderNoMatch,
              properties: { ...properties, crns: candidateCrns.join(', ') },
            },
    };
  }

  const notLinked = await linkCase(decision, event, booking, attempt);
  return notLinked ?? syncCustody(event, booking, sentenceStartDate, decision.crn, attempt);
}

/** Why the validation rule said no, told with the original's event for the reason. */
function rejectionEvent(
  event: ImprisonmentStatusChangedEvent,
  verdict: RejectedOn & { rejection: ValidationRejection },
): TelemetryEvent {
  const { rejection, booking, sentenceStartDate } = verdict;
  const keys = eventKeys(event);
  switch (rejection.reason) {
    case 'non-zero-sequence':
      return { name: TELEMETRY_EVENTS.imprisonmentStatusNotSequenceZero, properties: keys };
    case 'no-sentence-start-date':
      return { name: TELEMETRY_EVENTS.imprisonmentStatusNoSentenceStartDate, properties: keys };
    default: {
      // Outside the interested prisons, the booking is described, as the original did.
      const described =
        rejection.reason === 'not-interested-prison' && booking && sentenceStartDate
          ? bookingKeys(event, booking, sentenceStartDate)
          : keys;
      return {
        name: TELEMETRY_EVENTS.imprisonmentStatusIgnored,
        properties: { ...described, reason: rejection.description },
      };
    }
  }
}
