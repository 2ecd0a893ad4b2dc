import type { KeyDatesChangedEvent } from '../../events/inner-event';
import { done, tryLater } from '../../message/outcome';
import { TELEMETRY_EVENTS } from '../../telemetry/telemetry-events';
import { validateKeyDates } from '../../validation/validate-event';
import type { Attempt, HandlerResult } from '../attempt';
import { changedCodes, sentenceDetailOf, writeKeyDates } from './write-key-dates';

/**
 * The key-date events (docs/architecture.md, Processing a booking): the booking's custody gets NOMIS's dates
 * that differ. Until Delius links the booking the row waits (the link itself writes the key dates).
 */
export async function handleKeyDates(event: KeyDatesChangedEvent, attempt: Attempt): Promise<HandlerResult> {
  const bookingId = String(event.bookingId);
  const { eventType } = event;
  const verdict = await validateKeyDates(event, attempt.upstreams.prisonApi, attempt.interestedPrisons);
  if (verdict.kind === 'reject') {
    return {
      outcome: done('NO_LONGER_VALID'),
      finalEvent: {
        name: TELEMETRY_EVENTS.keyDatesIgnored,
        properties: { bookingId, eventType, reason: verdict.rejection.description },
      },
    };
  }
  const { offenderNo: nomsNumber, bookingNo } = verdict.booking;
  const keys = { bookingId, eventType, offenderNo: nomsNumber, bookingNumber: bookingNo };
  const notLinked: HandlerResult = {
    outcome: tryLater('KEY_DATES_NOT_UPDATED'),
    finalEvent: { name: TELEMETRY_EVENTS.keyDatesCaseNotLinked, properties: keys },
  };

  const held = await attempt.upstreams.communityApi.getCustody(nomsNumber, bookingNo);
  if (held.kind === 'not-found') return notLinked;
  const detail = await sentenceDetailOf(verdict.booking, attempt);
  const written = await writeKeyDates(held.value, detail, { nomsNumber, bookingNo }, attempt);
  if (written.kind === 'not-found') return notLinked;
  return {
    outcome: done('COMPLETED'),
    finalEvent:
      written.kind === 'unchanged'
        ? { name: TELEMETRY_EVENTS.keyDatesUnchanged, properties: keys }
        : {
            name: TELEMETRY_EVENTS.keyDatesUpdated,
            properties: { ...keys, changed: changedCodes(written.changes) },
          },
  };
}
