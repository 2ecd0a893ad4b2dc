import type { ImprisonmentStatusChangedEvent } from '../../events/inner-event';
import { done, tryLater } from '../../message/outcome';
import { TELEMETRY_EVENTS } from '../../telemetry/telemetry-events';
import { validateStatusChange, type RejectedOn } from '../../validation/validate-event';
import type { ValidationRejection } from '../../validation/validation-rejection';
import type { Attempt, HandlerResult } from '../attempt';
import { linkCase } from './link-case';
import { matchPrisoner } from './match-prisoner';
import { bookingKeys, eventKeys } from './status-change-telemetry';
import { syncCustody } from './sync-custody';

/**
 * IMPRISONMENT_STATUS-CHANGED (docs/architecture.md, Processing a booking): possibly a new conviction, so the
 * prisoner is matched to their Delius case and the case's custody record is brought into line. The validator's
 * rule is run again first, against NOMIS as it is now, not as it was when the event was stored.
 */
export async function handleStatusChange(
  event: ImprisonmentStatusChangedEvent,
  attempt: Attempt,
): Promise<HandlerResult> {
  const verdict = await validateStatusChange(event, attempt.upstreams.prisonApi, attempt.interestedPrisons);
  if (verdict.kind === 'reject') return rejected(event, verdict.rejection, verdict);
  const { booking, sentenceStartDate } = verdict;

  const decision = await matchPrisoner(booking, sentenceStartDate, attempt);
  if (decision.kind === 'unmatched') {
    const keys = eventKeys(event);
    const outcome = tryLater(decision.status, {
      matchingCrns: decision.matchingCrns,
      watchCrns: decision.consideredCrns,
    });
    const offenderNo = booking.offenderNo;
    return decision.status === 'TOO_MANY_MATCHES'
      ? {
          outcome,
          finalEvent: {
            name: TELEMETRY_EVENTS.offenderTooManyMatches,
            properties: { ...keys, offenderNo, filtered_crns: decision.passingCrns.join(', ') },
          },
        }
      : {
          outcome,
          finalEvent: {
            name: TELEMETRY_EVENTS.offenderNoMatch,
            properties: { ...keys, offenderNo, crns: decision.candidateCrns.join(', ') },
          },
        };
  }

  const notLinked = await linkCase(decision, event, booking, attempt);
  if (notLinked) return notLinked;
  return syncCustody(event, booking, sentenceStartDate, decision.crn, attempt);
}

/** The validation rule said no: `NO_LONGER_VALID`, told with the original's event for the reason. */
function rejected(
  event: ImprisonmentStatusChangedEvent,
  rejection: ValidationRejection,
  on: RejectedOn,
): HandlerResult {
  const keys = eventKeys(event);
  const noLongerValid = (finalEvent: HandlerResult['finalEvent']): HandlerResult => ({
    outcome: done('NO_LONGER_VALID'),
    finalEvent,
  });
  switch (rejection.reason) {
    case 'non-zero-sequence':
      return noLongerValid({ name: TELEMETRY_EVENTS.imprisonmentStatusNotSequenceZero, properties: keys });
    case 'no-sentence-start-date':
      return noLongerValid({
        name: TELEMETRY_EVENTS.imprisonmentStatusNoSentenceStartDate,
        properties: keys,
      });
    default: {
      const { booking, sentenceStartDate } = on;
      // Outside the interested prisons, the booking is described, as the original did.
      const described =
        rejection.reason === 'not-interested-prison' && booking && sentenceStartDate
          ? bookingKeys(event, booking, sentenceStartDate)
          : keys;
      return noLongerValid({
        name: TELEMETRY_EVENTS.imprisonmentStatusIgnored,
        properties: { ...described, reason: rejection.description },
      });
    }
  }
}
