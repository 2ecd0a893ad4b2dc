import type {
  BookingNumberChangedEvent,
  ExternalMovementInsertedEvent,
  ImprisonmentStatusChangedEvent,
  InnerEvent,
  KeyDatesChangedEvent,
  PrisonerReceived,
} from '../events/inner-event';
import type { HandledEventMessage } from '../events/parse-event-message';
import { parseInnerEvent } from '../events/parse-inner-event';
import type { PrisonApi } from '../ports/upstreams.port';
import type { Booking, IsoDate, Movement, OffenderIdentifier, SentenceTerm } from '../upstream/prison';
import {
  validationRejection,
  type ValidationRejection,
  type ValidationRejectionReason,
} from './validation-rejection';

/** What prison-api had told the rule when it said no; absent = not read (an earlier check decided). */
export interface RejectedOn {
  booking?: Booking;
  movement?: Movement;
  sentenceStartDate?: IsoDate;
}

/**
 * A rule's answer. An accepted event carries the booking (its snapshot is stored with the row) and whatever
 * else its rule established, typed, so the processor never reads or derives it again.
 */
export type Verdict<Established extends object = object> =
  | ({ kind: 'accept'; booking: Booking } & Established)
  | ({ kind: 'reject'; rejection: ValidationRejection } & RejectedOn);

export type StatusChangeVerdict = Verdict<{ sentenceStartDate: IsoDate }>;
export type MovementVerdict = Verdict<{ movement: Movement }>;
export type MergeVerdict = Verdict<{ mergedNomsNumbers: string[] }>;

const reject = (reason: ValidationRejectionReason, on: RejectedOn = {}) =>
  ({ kind: 'reject', rejection: validationRejection(reason), ...on }) as const;

/**
 * The validation rule of each event type, shared by the validator (on receipt) and the processor (on each
 * attempt, against NOMIS as it is by then). Each reads from prison-api only what its next check needs, in the
 * original service's order, so a check that needs no I/O rejects before any call. Business outcomes (a rule
 * says no, a 404) are the verdict; prison-api failures are thrown by the port unchanged.
 */
export function validateEvent(
  event: InnerEvent,
  prisonApi: PrisonApi,
  prisons: readonly string[],
): Promise<Verdict> {
  switch (event.eventType) {
    case 'IMPRISONMENT_STATUS-CHANGED':
      return validateStatusChange(event, prisonApi, prisons);
    case 'EXTERNAL_MOVEMENT_RECORD-INSERTED':
      return validateMovement(event, prisonApi, prisons);
    case 'BOOKING_NUMBER-CHANGED':
      return validateMerge(event, prisonApi, prisons);
    default:
      return validateKeyDates(event, prisonApi, prisons);
  }
}

/**
 * The event a delivery is about. A domain event that names only the prisoner is about their latest booking in
 * prison-api (undefined when prison-api knows no booking of theirs): its body is read again with it, so the row
 * stored and every later reading of it agree.
 */
export async function eventOfMessage(
  parsed: HandledEventMessage,
  prisonApi: PrisonApi,
): Promise<InnerEvent | undefined> {
  if ('event' in parsed) return parsed.event;
  const [prisoner] = await prisonApi.getPrisonerDetails(parsed.findBookingOf);
  if (prisoner?.latestBookingId === undefined) return undefined;
  const read = parseInnerEvent(
    parsed.receivedAs ?? parsed.eventType,
    parsed.message,
    prisoner.latestBookingId,
  );
  return 'event' in read ? read.event : undefined;
}

/**
 * Sequence 0 (NOMIS raises several events per sentence; only the insert can mean a new conviction), then the
 * primary sentence start date from the sentence terms (what matching and the book number use), then an
 * active booking in an interested prison.
 */
export async function validateStatusChange(
  event: ImprisonmentStatusChangedEvent,
  prisonApi: PrisonApi,
  prisons: readonly string[],
): Promise<StatusChangeVerdict> {
  if (event.imprisonmentStatusSeq !== 0) return reject('non-zero-sequence');
  const terms = await prisonApi.getSentenceTerms(event.bookingId);
  if (terms.kind === 'not-found') return reject('booking-not-found');
  const sentenceStartDate = primarySentenceStartDate(terms.value);
  if (!sentenceStartDate) return reject('no-sentence-start-date');
  const found = await prisonApi.getBooking(event.bookingId);
  if (found.kind === 'not-found') return reject('booking-not-found', { sentenceStartDate });
  const booking = found.value;
  if (!booking.activeFlag) return reject('booking-inactive', { booking, sentenceStartDate });
  if (!isInterestedPrison(booking.agencyId, prisons))
    return reject('not-interested-prison', { booking, sentenceStartDate });
  return { kind: 'accept', booking, sentenceStartDate };
}

/**
 * An admission into an interested prison of an active booking, while NOMIS holds the prisoner in that prison
 * now: a movement worked late (a DLQ redrive, a retry, events out of order) never puts Delius back where the
 * prisoner was.
 */
export async function validateMovement(
  event: ExternalMovementInsertedEvent,
  prisonApi: PrisonApi,
  prisons: readonly string[],
): Promise<MovementVerdict> {
  let movement: Movement;
  if ('received' in event) {
    movement = movementOfReceipt(event.received);
  } else {
    const found = await prisonApi.getMovement(event.bookingId, event.movementSeq);
    if (found.kind === 'not-found') return reject('movement-not-found');
    movement = found.value;
  }
  if (!isAdmissionToPrison(movement)) return reject('not-an-admission', { movement });
  if (!isInterestedPrison(movement.toAgency, prisons)) return reject('not-interested-prison', { movement });
  const found = await prisonApi.getBooking(event.bookingId);
  if (found.kind === 'not-found') return reject('booking-not-found', { movement });
  const booking = found.value;
  if (!booking.activeFlag) return reject('booking-inactive', { booking, movement });
  if (!isHeldThereNow(booking, movement)) return reject('not-held-there-now', { booking, movement });
  return { kind: 'accept', booking, movement };
}

/**
 * A booking in an interested prison with at least one NOMS number merged into it has a number to replace.
 * The booking need not be active: a merge concerns the person, not the stay.
 */
export async function validateMerge(
  event: BookingNumberChangedEvent,
  prisonApi: PrisonApi,
  prisons: readonly string[],
): Promise<MergeVerdict> {
  const found = await prisonApi.getBooking(event.bookingId);
  if (found.kind === 'not-found') return reject('booking-not-found');
  const booking = found.value;
  if (!isInterestedPrison(booking.agencyId, prisons)) return reject('not-interested-prison', { booking });
  const merged = mergedNomsNumbers(await prisonApi.getMergedIdentifiers(event.bookingId));
  if (merged.length === 0) return reject('no-merged-identifiers', { booking });
  return { kind: 'accept', booking, mergedNomsNumbers: merged };
}

/**
 * A key-date event matters for an active booking in an interested prison: a released prisoner's dates are
 * Delius's own business from then on.
 */
export async function validateKeyDates(
  event: KeyDatesChangedEvent,
  prisonApi: PrisonApi,
  prisons: readonly string[],
): Promise<Verdict> {
  const found = await prisonApi.getBooking(event.bookingId);
  if (found.kind === 'not-found') return reject('booking-not-found');
  const booking = found.value;
  if (!booking.activeFlag) return reject('booking-inactive', { booking });
  if (!isInterestedPrison(booking.agencyId, prisons)) return reject('not-interested-prison', { booking });
  return { kind: 'accept', booking };
}

/**
 * The movement a `prisoner.received` domain event tells, as the classic rule reads one: an admission (`ADM`)
 * when the prisoner was admitted or transferred in, otherwise the reason itself (a return from court or from
 * temporary absence is not an admission, as its classic movement is not).
 */
export function movementOfReceipt(received: PrisonerReceived): Movement {
  const admitted = received.reason === 'ADMISSION' || received.reason === 'TRANSFERRED';
  const localTime = received.occurredAt.slice(0, 19);
  return {
    offenderNo: received.nomsNumber,
    movementType: admitted ? 'ADM' : received.reason,
    directionCode: 'IN',
    movementDate: localTime.slice(0, 10),
    createDateTime: localTime,
    toAgency: received.prisonId,
  };
}

/**
 * An admission into a prison: the only movement that changes where Delius should say the prisoner is held.
 * Direction and origin are not checked, as in the original: an `ADM` movement is an admission, so it comes in.
 */
export function isAdmissionToPrison(movement: Pick<Movement, 'movementType' | 'toAgency'>): boolean {
  return (
    movement.movementType === 'ADM' && movement.toAgency !== undefined && movement.toAgency.trim() !== ''
  );
}

/**
 * Whether NOMIS holds the prisoner, now, in the prison the admission was into. A movement delivered late or out
 * of order (a DLQ redrive, a retry) names where they were, not where they are: only a prisoner still there, and
 * in (not in transit, not out), moves Delius.
 */
export function isHeldThereNow(
  booking: Pick<Booking, 'agencyId' | 'inOutStatus'>,
  movement: Pick<Movement, 'toAgency'>,
): boolean {
  const code = (agency: string | undefined) => agency?.trim().toUpperCase();
  return booking.inOutStatus === 'IN' && code(booking.agencyId) === code(movement.toAgency);
}

/**
 * Whether a prison is one this deployment acts for (`PRISONTOPROBATION_ONLY_PRISONS`). An empty list means
 * every prison, including a booking with no prison at all; otherwise the prison must be listed. Codes are
 * compared ignoring case because operators type the list by hand.
 */
export function isInterestedPrison(
  agencyId: string | undefined,
  interestedPrisons: readonly string[],
): boolean {
  if (interestedPrisons.length === 0) return true;
  if (agencyId === undefined) return false;
  const code = agencyId.trim().toUpperCase();
  return interestedPrisons.some((prison) => prison.trim().toUpperCase() === code);
}

/** The old NOMS numbers merged into a prisoner, each once, in prison-api's order. */
export function mergedNomsNumbers(identifiers: readonly OffenderIdentifier[]): string[] {
  const values = identifiers
    .filter((identifier) => identifier.type === 'MERGED')
    .map((identifier) => identifier.value.trim())
    .filter((value) => value !== '');
  return [...new Set(values)];
}

/**
 * The sentence start date used for matching and the book number (docs/architecture.md, Processing a booking): the latest
 * start among terms that are not consecutive to another. A consecutive term only starts when another ends, so
 * its date is not the start Delius records for the custodial sentence. Undefined when no term qualifies.
 */
export function primarySentenceStartDate(terms: readonly SentenceTerm[]): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const term of terms) {
    if (term.consecutiveTo != null || !term.startDate) continue;
    // `yyyy-MM-dd` strings compare as the dates they name.
    if (latest === undefined || term.startDate > latest) latest = term.startDate;
  }
  return latest;
}
