import { z } from 'zod';
import { REPLACEABLE_KEY_DATE_FIELDS } from '../../world/date-fields';

const notBlank = z.string().trim().min(1, 'must not be blank');

/**
 * A LocalDate as community-api's Jackson reads it: ISO `2020-02-11`, or the `[2020, 2, 11]` array the
 * original service's WebClient most likely sent.
 */
const localDate = z.union([
  z.iso.date(),
  z
    .tuple([z.int(), z.int().min(1).max(12), z.int().min(1).max(31)])
    .transform(([year, month, day]) => `${year}-${pad(month)}-${pad(day)}`)
    .pipe(z.iso.date()),
]);

export const updateOffenderNomsNumberSchema = z.object({ nomsNumber: notBlank });

export const updateCustodyBookingNumberSchema = z.object({
  bookingNumber: notBlank,
  sentenceStartDate: localDate,
});

export const updateCustodySchema = z.object({ nomsPrisonInstitutionCode: notBlank });

/** Unknown fields are ignored, as Jackson does: a misspelt date is therefore deleted, as in the real service. */
export const replaceCustodyKeyDatesSchema = z.object(
  Object.fromEntries(REPLACEABLE_KEY_DATE_FIELDS.map((field) => [field, localDate.nullish()])) as Record<
    (typeof REPLACEABLE_KEY_DATE_FIELDS)[number],
    z.ZodOptional<z.ZodNullable<typeof localDate>>
  >,
);

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
