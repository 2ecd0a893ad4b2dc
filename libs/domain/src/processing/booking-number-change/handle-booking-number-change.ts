import type { BookingNumberChangedEvent } from '../../events/inner-event';
import { done } from '../../message/outcome';
import { TELEMETRY_EVENTS } from '../../telemetry/telemetry-events';
import type { Booking } from '../../upstream/prison';
import { prisonIdentifierEvent } from '../owed-events';
import { validateMerge } from '../../validation/validate-event';
import { WITHHELD, type Attempt, type HandlerResult } from '../attempt';

/** Why a merge was not sent (the `reason` of `P2PBookingNumberChangedNotApplied`). */
const MERGE_NOT_APPLIED_REASONS = {
  oldHeldBySeveral: 'Old NOMS number held by several cases',
  newHeldByOne: 'New NOMS number already held by a case',
  newHeldBySeveral: 'New NOMS number already held by several cases',
} as const;

/**
 * BOOKING_NUMBER-CHANGED (docs/architecture.md, Processing a booking): NOMIS merged prisoner records, so the
 * Delius case still holding a merged (old) NOMS number gets the booking's current one. Before the replace,
 * which moves every holder of the old number, community-api is asked who holds each: only one case may hold
 * the old number and none the new, or the replace would give one number to two cases. Done whatever Delius
 * answers: a number nobody holds, or held twice, will not change by waiting. The replace and its event are
 * recorded as the row's intent first, so a replace whose answer is lost is still announced once a later
 * attempt finds the new number on the case. The validator's rule is run again
 * first: a booking no longer in an interested prison, or with nothing merged any more, is `NO_LONGER_VALID`.
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

/** Replaces one merged number; returns the cases replaced, or the cases that stopped the replace. */
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
    const holders = await holdersInTheWay(oldNomsNumber, newNomsNumber, attempt);
    if (holders.kind === 'already-replaced') return [holders.crn];
    if (holders.kind === 'nobody-holds-old') {
      attempt.track({ name: TELEMETRY_EVENTS.bookingNumberChangedOffenderNotFound, properties: people });
      return [];
    }
    if (holders.kind === 'blocked') {
      attempt.track({
        name: TELEMETRY_EVENTS.bookingNumberChangedNotApplied,
        properties: { ...people, reason: holders.reason, crns: holders.crns.join(', ') },
      });
      return holders.crns;
    }
    oldHolderCrn = holders.crn;
  }
  const eventFor = (crn: string, occurredAt: Date) =>
    prisonIdentifierEvent({
      crn,
      nomsNumber: newNomsNumber,
      previousNomsNumber: oldNomsNumber,
      bookingNumber: booking.bookingNo,
      occurredAt,
    });
  if (oldHolderCrn !== undefined) {
    const recordedAt = attempt.now();
    await attempt.intend({
      write: 'replaceNomsNumber',
      crn: oldHolderCrn,
      oldNomsNumber,
      newNomsNumber,
      events: [eventFor(oldHolderCrn, recordedAt)],
      recordedAt: recordedAt.toISOString(),
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
  await attempt.owe(replaced.value.map(({ crn }) => eventFor(crn, occurredAt)));
  return replaced.value.map(({ crn }) => crn);
}

type HoldersInTheWay =
  | { kind: 'clear'; crn: string }
  | { kind: 'already-replaced'; crn: string }
  | { kind: 'nobody-holds-old' }
  | { kind: 'blocked'; reason: string; crns: string[] };

/**
 * Exactly one case may hold the old number (the one the replace moves) and none the new one. Nobody holding the
 * old number while one case holds the new is a replace already made: a re-run, or a replace whose lost answer
 * an earlier step of this attempt settled and announced.
 */
async function holdersInTheWay(
  oldNomsNumber: string,
  newNomsNumber: string,
  attempt: Attempt,
): Promise<HoldersInTheWay> {
  const { communityApi } = attempt.upstreams;
  const oldHolder = await communityApi.findNomsNumberHolder(oldNomsNumber);
  if (oldHolder.kind === 'nobody') {
    const newHolder = await communityApi.findNomsNumberHolder(newNomsNumber);
    return newHolder.kind === 'one'
      ? { kind: 'already-replaced', crn: newHolder.crn }
      : { kind: 'nobody-holds-old' };
  }
  if (oldHolder.kind === 'several') {
    return { kind: 'blocked', reason: MERGE_NOT_APPLIED_REASONS.oldHeldBySeveral, crns: [] };
  }
  const newHolder = await communityApi.findNomsNumberHolder(newNomsNumber);
  if (newHolder.kind === 'one') {
    return { kind: 'blocked', reason: MERGE_NOT_APPLIED_REASONS.newHeldByOne, crns: [newHolder.crn] };
  }
  if (newHolder.kind === 'several') {
    return { kind: 'blocked', reason: MERGE_NOT_APPLIED_REASONS.newHeldBySeveral, crns: [] };
  }
  return { kind: 'clear', crn: oldHolder.crn };
}
