import { z } from 'zod';

const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value == null || value.trim() === '' ? undefined : value.trim()));

/** probation-offender-search's MatchRequest: surname required; nulls and blanks count as not supplied. */
export const matchRequestSchema = z.object({
  surname: z.string().trim().min(1, 'surname must be supplied'),
  firstName: optionalText,
  dateOfBirth: z.iso
    .date()
    .nullish()
    .transform((value) => value ?? undefined),
  pncNumber: optionalText,
  croNumber: optionalText,
  nomsNumber: optionalText,
  activeSentence: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});

export type MatchRequest = z.output<typeof matchRequestSchema>;
