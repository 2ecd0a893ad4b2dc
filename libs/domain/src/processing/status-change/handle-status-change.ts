import type { ImprisonmentStatusChangedEvent } from '../../events/inner-event';
import { done, tryLater } from '../../message/outcome';
import { primarySentenceStartDate } from '../../sentence/primary-sentence-start-date';
import { TELEMETRY_EVENTS } from '../../telemetry/telemetry-events';
import { isInterestedPrison } from '../../validation/interested-prisons';
import { VALIDATION_REJECTIONS } from '../../validation/validation-rejection';
import type { Attempt } from '../attempt';
import type { HandlerResult } from '../handler-result';
import { linkCase } from './link-case';
import { matchPrisoner } from './match-prisoner';
import { bookingKeys, eventKeys } from './status-change-telemetry';
import { syncCustody } from './sync-custody';

/**
 * IMPRISONMENT_STATUS-CHANGED (architecture.md section 3.4, issue 6 item 3): possibly a new conviction, so the
 * prisoner is matched to their Delius case and the case's custody record is brought into line. Each check runs
 * against NOMIS as it is now, not as it was when the event was stored.
 */
export async function handleStatusChange(
  event: ImprisonmentStatusChangedEvent,
  attempt: Attempt,
): Promise<HandlerResult> {
  const keys = eventKeys(event);
  // NOMIS raises several events per sentence; only the insert (sequence 0) can mean a new conviction.
  if (event.imprisonmentStatusSeq !== 0) {
    return noLongerValid({ name: TELEMETRY_EVENTS.imprisonmentStatusNotSequenceZero, properties: keys });
  }
  const { prisonApi } = attempt.upstreams;
  const sentenceStartDate = primarySentenceStartDate(await prisonApi.getSentenceTerms(event.bookingId));
  if (!sentenceStartDate) {
    return noLongerValid({ name: TELEMETRY_EVENTS.imprisonmentStatusNoSentenceStartDate, properties: keys });
  }

  const found = await prisonApi.getBooking(event.bookingId);
  if (found.kind === 'not-found')
    return ignored({ ...keys, reason: VALIDATION_REJECTIONS['booking-not-found'] });
  const booking = found.value;
  if (!booking.activeFlag) return ignored({ ...keys, reason: VALIDATION_REJECTIONS['booking-inactive'] });
  if (!isInterestedPrison(booking.agencyId, attempt.interestedPrisons)) {
    return ignored({
      ...bookingKeys(event, booking, sentenceStartDate),
      reason: VALIDATION_REJECTIONS['not-interested-prison'],
    });
  }

  const decision = await matchPrisoner(booking, sentenceStartDate, attempt);
  if (decision.kind === 'unmatched') {
    const outcome = tryLater(decision.status, { matchingCrns: decision.matchingCrns });
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

  await linkCase(decision, booking, attempt);
  return syncCustody(event, booking, sentenceStartDate, decision.crn, attempt);
}

function noLongerValid(finalEvent: HandlerResult['finalEvent']): HandlerResult {
  return { outcome: done('NO_LONGER_VALID'), finalEvent };
}

function ignored(
  properties: Extract<HandlerResult['finalEvent'], { name: 'P2PImprisonmentStatusIgnored' }>['properties'],
): HandlerResult {
  return noLongerValid({ name: TELEMETRY_EVENTS.imprisonmentStatusIgnored, properties });
}
