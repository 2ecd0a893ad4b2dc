import { z } from 'zod';
import { KEY_DATE_FIELDS } from './date-fields';
import { duration, isoDate, text } from './schema-primitives';

/** Delius as the world holds it: cases with their events (the sandbox's mutable state). */

const aliasSchema = z.strictObject({
  firstName: text,
  middleNames: z.array(text).default([]),
  surname: text,
  dateOfBirth: isoDate,
});

const custodySchema = z.strictObject({
  bookingNumber: text.optional().describe('The NOMIS book number once set'),
  institution: text.optional().describe('agencyId of an agency with a Delius institution'),
  status: z.strictObject({ code: text, description: text }).default({ code: 'D', description: 'In Custody' }),
  keyDates: z.partialRecord(z.enum(KEY_DATE_FIELDS), isoDate).default({}),
});

const convictionSchema = z.strictObject({
  convictionId: z.int().positive(),
  index: z.string().regex(/^\d+$/, 'The event number, e.g. "3"'),
  active: z.boolean(),
  convictionDate: isoDate.optional(),
  referralDate: isoDate.optional(),
  sentence: z
    .strictObject({
      sentenceId: z.int().positive().optional(),
      description: text.describe('e.g. CJA - Std Determinate Custody'),
      startDate: isoDate.optional(),
      originalLength: z.int().positive().optional(),
      originalLengthUnits: text.optional(),
      expectedSentenceEndDate: isoDate.optional(),
      terminationDate: isoDate.optional(),
      terminationReason: text.optional(),
    })
    .optional(),
  custody: custodySchema.optional().describe('Present when the event is custodial'),
  appearsAfter: duration
    .optional()
    .describe('Recorded in Delius this long after the world is loaded (e.g. 10m); invisible until then'),
});

export const deliusCaseSchema = z.strictObject({
  scenario: z.string().optional().describe('What this case is for (documentation only)'),
  crn: z.string().regex(/^[A-Z]\d{6}$/, 'A CRN looks like X142620'),
  offenderId: z.int().positive().optional(),
  firstName: text,
  middleNames: z.array(text).default([]),
  surname: text,
  dateOfBirth: isoDate,
  gender: z.enum(['Male', 'Female', 'Not Known']).optional(),
  softDeleted: z.boolean().default(false),
  otherIds: z
    .strictObject({
      pncNumber: text.optional(),
      croNumber: text.optional(),
      niNumber: text.optional(),
      nomsNumber: text.optional(),
      immigrationNumber: text.optional(),
      mostRecentPrisonerNumber: text.optional(),
    })
    .default({}),
  aliases: z.array(aliasSchema).default([]),
  convictions: z.array(convictionSchema).default([]),
});
