import type { WireIds } from '@ptpu/clients';
import { optional } from '../http/optional-field';
import type { DeliusCase, DeliusConviction } from '../world/world.schema';

/** A Delius event as the sandbox holds it: `appearsAfter` from the world resolved to the instant it appears. */
export type ConvictionRecord = Omit<DeliusConviction, 'appearsAfter'> & { appearsAt?: string };

/** A Delius case as the sandbox holds it; community-api writes change these records in place. */
export type DeliusCaseRecord = Omit<DeliusCase, 'convictions'> & { convictions: ConvictionRecord[] };

export function isRecorded(conviction: ConvictionRecord, now: Date): boolean {
  return conviction.appearsAt === undefined || Date.parse(conviction.appearsAt) <= now.getTime();
}

/** True when the event has a custody record and a sentence that started within `days` of `date`. */
export function isCustodialNear(conviction: ConvictionRecord, date: string, days: number): boolean {
  const start = conviction.sentence?.startDate;
  if (conviction.custody === undefined || start === undefined) return false;
  return Math.abs(Date.parse(start) - Date.parse(date)) <= days * 86_400_000;
}

/** Delius's "current disposal": an active event with a sentence, as offender-search's activeSentence uses it. */
export function hasCurrentDisposal(deliusCase: DeliusCaseRecord, now: Date): boolean {
  return deliusCase.convictions.some(
    (conviction) => isRecorded(conviction, now) && conviction.active && conviction.sentence !== undefined,
  );
}

/** The case's identifiers in community-api's and offender-search's `IDs` shape. */
export function idsOf(deliusCase: DeliusCaseRecord): WireIds {
  return { crn: deliusCase.crn, ...deliusCase.otherIds };
}

/**
 * The offender detail both Delius-backed upstreams answer with: community-api's as it is, offender-search's with
 * its index's extra fields added.
 */
export function offenderDetailOf(deliusCase: DeliusCaseRecord, now: Date) {
  return {
    ...optional('offenderId', deliusCase.offenderId),
    firstName: deliusCase.firstName,
    middleNames: deliusCase.middleNames,
    surname: deliusCase.surname,
    dateOfBirth: deliusCase.dateOfBirth,
    ...optional('gender', deliusCase.gender),
    otherIds: idsOf(deliusCase),
    softDeleted: deliusCase.softDeleted,
    currentDisposal: hasCurrentDisposal(deliusCase, now) ? ('1' as const) : ('0' as const),
  };
}
