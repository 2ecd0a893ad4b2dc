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
