import {
  parseInnerEvent,
  type BookingNumberChangedEvent,
  type ExternalMovementInsertedEvent,
  type ImprisonmentStatusChangedEvent,
  type InnerEvent,
  type KeyDatesChangedEvent,
  type PrisonerReceived,
} from '../events/inner-event';
import type { HandledEventMessage } from '../events/parse-event-message';
import type { PrisonApi } from '../ports/upstreams.port';
import type { Booking, IsoDate, Movement, OffenderIdentifier, SentenceTerm } from '../upstream/prison';
import { ok } from '../upstream/upstream-result';
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

/** A rule's answer: an accepted event carries the booking and whatever else its rule established, typed. */
type Verdict<Established extends object = object> =
  | ({ kind: 'accept'; booking: Booking } & Established)
  | ({ kind: 'reject'; rejection: ValidationRejection } & RejectedOn);

const reject = (reason: ValidationRejectionReason, on: RejectedOn = {}) =>
  ({ kind: 'reject', rejection: validationRejection(reason), ...on }) as const;

/**
 * The rule of each event type, for the validator (on receipt) and the processor (on each attempt, against
 * NOMIS as it is by then). Each reads only what its next check needs, in the original's order, so a check
 * needing no I/O rejects first. Business outcomes are the verdict; prison-api failures are thrown unchanged.
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
 * The event a delivery is about. One naming only the prisoner is about their latest booking (undefined when
 * prison-api knows none): its body is read again with it, so the stored row and every later reading agree.
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

/** Sequence 0 (the insert: a new conviction), a sentence start date, an active interested booking. */
export async function validateStatusChange(
  event: ImprisonmentStatusChangedEvent,
  prisonApi: PrisonApi,
  prisons: readonly string[],
): Promise<Verdict<{ sentenceStartDate: IsoDate }>> {
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
 * An admission into an interested prison of an active booking, while NOMIS holds the prisoner there now: a
 * movement worked late (a DLQ redrive, a retry, events out of order) never puts Delius back where they were.
 */
export async function validateMovement(
  event: ExternalMovementInsertedEvent,
  prisonApi: PrisonApi,
  prisons: readonly string[],
): Promise<Verdict<{ movement: Movement }>> {
  const read =
    'received' in event
      ? ok(movementOfReceipt(event.received))
      : await prisonApi.getMovement(event.bookingId, event.movementSeq);
  if (read.kind === 'not-found') return reject('movement-not-found');
  const movement = read.value;
  if (!isAdmissionToPrison(movement)) return reject('not-an-admission', { movement });
  if (!isInterestedPrison(movement.toAgency, prisons)) return reject('not-interested-prison', { movement });
  const found = await prisonApi.getBooking(event.bookingId);
  if (found.kind === 'not-found') return reject('booking-not-found', { movement });
  const booking = found.value;
  if (!booking.activeFlag) return reject('booking-inactive', { booking, movement });
  if (!isHeldThereNow(booking, movement)) return reject('not-held-there-now', { booking, movement });
  return { kind: 'accept', booking, movement };
}

/** An interested prison's booking, active or not (a merge is the person's), with a NOMS number merged in. */
export async function validateMerge(
  event: BookingNumberChangedEvent,
  prisonApi: PrisonApi,
  prisons: readonly string[],
): Promise<Verdict<{ mergedNomsNumbers: string[] }>> {
  const found = await prisonApi.getBooking(event.bookingId);
  if (found.kind === 'not-found') return reject('booking-not-found');
  const booking = found.value;
  if (!isInterestedPrison(booking.agencyId, prisons)) return reject('not-interested-prison', { booking });
  const merged = mergedNomsNumbers(await prisonApi.getMergedIdentifiers(event.bookingId));
  if (merged.length === 0) return reject('no-merged-identifiers', { booking });
  return { kind: 'accept', booking, mergedNomsNumbers: merged };
}

/** An active booking in an interested prison: a released prisoner's dates are Delius's own business. */
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
 * The movement a `prisoner.received` event tells, as the classic rule reads one: an admission (`ADM`) when
 * admitted or transferred in, otherwise the reason (a return from court or absence is no admission).
 */
function movementOfReceipt(received: PrisonerReceived): Movement {
  const admitted = received.reason === 'ADMISSION' || received.reason === 'TRANSFERRED';
  return {
    offenderNo: received.nomsNumber,
    movementType: admitted ? 'ADM' : received.reason,
    toAgency: received.prisonId,
  };
}

/** An `ADM` into a prison, the only movement that moves Delius; direction unchecked, as in the original. */
function isAdmissionToPrison(movement: Movement): boolean {
  return movement.movementType === 'ADM' && !!movement.toAgency?.trim();
}

/** NOMIS holds the prisoner now, in (not in transit or out), in the prison the admission was into. */
function isHeldThereNow(booking: Booking, movement: Movement): boolean {
  const code = (agency: string | undefined) => agency?.trim().toUpperCase();
  return booking.inOutStatus === 'IN' && code(booking.agencyId) === code(movement.toAgency);
}

/**
 * Whether this deployment acts for a prison (`PRISONTOPROBATION_ONLY_PRISONS`): an empty list means every
 * prison, even none; codes are compared ignoring case because operators type the list by hand.
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
 * The sentence start date matching and the book number use: the latest start among terms not consecutive to
 * another (a consecutive term starts when another ends, not when Delius's custodial sentence does).
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
