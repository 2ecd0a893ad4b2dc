import type { BookingNumberChangedEvent } from '../../events/inner-event';
import { done } from '../../message/outcome';
import { TELEMETRY_EVENTS } from '../../telemetry/telemetry-events';
import type { Booking } from '../../upstream/prison';
import { prisonIdentifierEvent } from '../owed-events';
import { validateMerge } from '../../validation/validate-event';
import { WITHHELD, type Attempt, type HandlerResult } from '../attempt';

/**
 * BOOKING_NUMBER-CHANGED (docs/architecture.md, Processing a booking): the Delius case still holding a merged
 * (old) NOMS number gets the booking's current one. Done whatever Delius answers: a number nobody holds, or
 * held twice, will not change by waiting.
 */
export async function handleBookingNumberChange(
  event: BookingNumberChangedEvent,
  attempt: Attempt,
): Promise<HandlerResult> {
  const verdict = await validateMerge(event, attempt.upstreams.prisonApi, attempt.interestedPrisons);
  if (verdict.kind === 'reject') return { outcome: done('NO_LONGER_VALID') };
  const { booking } = verdict;

  const crns: string[] = [];
  for (const oldNomsNumber of verdict.mergedNomsNumbers) {
    crns.push(...(await replaceNomsNumber(booking, oldNomsNumber, attempt)));
  }
  return { outcome: done('COMPLETED', { matchingCrns: crns }) };
}

/** Replaces one merged number; returns the cases replaced, or those that stopped it. */
async function replaceNomsNumber(
  booking: Booking,
  oldNomsNumber: string,
  attempt: Attempt,
): Promise<string[]> {
  const newNomsNumber = booking.offenderNo;
  const people = {
    bookingId: String(booking.bookingId),
    offenderNo: newNomsNumber,
    oldOffenderNo: oldNomsNumber,
  };
  // In dry run, once a write was withheld Delius no longer looks as a real run would have left it.
  let oldHolderCrn: string | undefined;
  if (!attempt.withheldWrites) {
    const holders = await caseToReplace(oldNomsNumber, newNomsNumber, people, attempt);
    if ('ended' in holders) return holders.ended;
    oldHolderCrn = holders.crn;
  }
  const change = {
    nomsNumber: newNomsNumber,
    previousNomsNumber: oldNomsNumber,
    bookingNumber: booking.bookingNo,
  };
  if (oldHolderCrn !== undefined) {
    // Recorded first, so a replace whose answer is lost is still announced.
    const occurredAt = attempt.now();
    await attempt.intend({
      write: 'replaceNomsNumber',
      crn: oldHolderCrn,
      oldNomsNumber,
      newNomsNumber,
      events: [prisonIdentifierEvent({ ...change, crn: oldHolderCrn, occurredAt })],
      recordedAt: occurredAt.toISOString(),
    });
  }
  const replaced = await attempt.write({ write: 'replaceNomsNumber', oldNomsNumber, newNomsNumber }, (api) =>
    api.replaceNomsNumber(oldNomsNumber, newNomsNumber),
  );
  if (replaced === WITHHELD) return [];
  if (replaced.kind !== 'ok') {
    // Delius changed between the lookups and the replace, which it refused: nothing was applied.
    attempt.track({ name: TELEMETRY_EVENTS.bookingNumberChangedOffenderNotFound, properties: people });
    await attempt.forgetIntent();
    return [];
  }
  for (const { crn } of replaced.value) {
    attempt.track({ name: TELEMETRY_EVENTS.bookingNumberChanged, properties: { ...people, crn } });
  }
  // The cases Delius says it changed: normally the one holder the intent names.
  const occurredAt = attempt.now();
  await attempt.owe(replaced.value.map(({ crn }) => prisonIdentifierEvent({ ...change, crn, occurredAt })));
  return replaced.value.map(({ crn }) => crn);
}

/**
 * The one case holding the old number, when none holds the new (the replace moves every holder of the old
 * number); otherwise the cases to end with, told why. Nobody holding the old number while one case holds the
 * new is a replace already made (a re-run, or a lost answer settled earlier in this attempt).
 */
async function caseToReplace(
  oldNomsNumber: string,
  newNomsNumber: string,
  people: { bookingId: string; offenderNo: string; oldOffenderNo: string },
  attempt: Attempt,
): Promise<{ crn: string } | { ended: string[] }> {
  const notApplied = (reason: string, crns: string[] = []) => {
    attempt.track({
      name: TELEMETRY_EVENTS.bookingNumberChangedNotApplied,
      properties: { ...people, reason, crns: crns.join(', ') },
    });
    return { ended: crns };
  };
  const { communityApi } = attempt.upstreams;
  const oldHolder = await communityApi.findNomsNumberHolder(oldNomsNumber);
  if (oldHolder.kind === 'several') return notApplied('Old NOMS number held by several cases');
  const newHolder = await communityApi.findNomsNumberHolder(newNomsNumber);
  if (oldHolder.kind === 'nobody') {
    if (newHolder.kind === 'one') return { ended: [newHolder.crn] };
    attempt.track({ name: TELEMETRY_EVENTS.bookingNumberChangedOffenderNotFound, properties: people });
    return { ended: [] };
  }
  if (newHolder.kind === 'one') return notApplied('New NOMS number already held by a case', [newHolder.crn]);
  if (newHolder.kind === 'several') return notApplied('New NOMS number already held by several cases');
  return { crn: oldHolder.crn };
}
