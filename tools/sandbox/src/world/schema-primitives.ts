import { parseDuration } from '@ptpu/domain';
import { z } from 'zod';

/** Building blocks shared by the NOMIS and Delius parts of the world schema. */
export const isoDate = z.iso.date().describe('yyyy-MM-dd');
export const text = z.string().trim().min(1);
export const duration = z
  .string()
  .refine(
    (value) => isDuration(value),
    'Not a duration: use <number><ms|s|m|h|d> (e.g. 10m) or ISO-8601 (PT10M)',
  );

function isDuration(value: string): boolean {
  try {
    parseDuration(value);
    return true;
  } catch {
    return false;
  }
}
