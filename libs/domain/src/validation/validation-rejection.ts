/**
 * Why the validator leaves an event alone (docs/architecture.md, Outcomes and statuses). The key is the log
 * `reason` and counter label (keep it stable); the description is the original's wording, for telemetry.
 */
export const VALIDATION_REJECTIONS = {
  'booking-not-found': 'Booking not found',
  'non-zero-sequence': 'Non zero sequence',
  'no-sentence-start-date': 'No sentence start date',
  'booking-inactive': 'Not an active booking',
  'not-interested-prison': 'Not at an interested prison',
  'movement-not-found': 'Movement not found',
  'not-an-admission': 'Not a transfer',
  'not-held-there-now': 'Not held in that prison now',
  'no-merged-identifiers': 'No merged offenders found',
} as const;

export type ValidationRejectionReason = keyof typeof VALIDATION_REJECTIONS;

export interface ValidationRejection {
  reason: ValidationRejectionReason;
  description: (typeof VALIDATION_REJECTIONS)[ValidationRejectionReason];
}

export function validationRejection(reason: ValidationRejectionReason): ValidationRejection {
  return { reason, description: VALIDATION_REJECTIONS[reason] };
}
