import type { Booking } from '../upstream/booking';
import type { Movement } from '../upstream/movement';

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
