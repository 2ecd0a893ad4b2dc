import { z } from 'zod';
import { SENTENCE_DATE_FIELDS } from './date-fields';
import { isoDate, text } from './schema-primitives';

/** NOMIS as the world holds it: agencies, and prisoners with their bookings (prison-api only reads it; the admin API changes it). */

export const agencySchema = z.strictObject({
  agencyId: text.describe('NOMIS agency code, e.g. MDI'),
  description: text.describe('e.g. Moorland (HMP & YOI)'),
  delius: z
    .strictObject({
      institutionId: z.int().positive(),
      code: text.describe('Delius institution code, e.g. MDIHMP'),
      establishmentType: z.strictObject({ code: text, description: text }).optional(),
      isPrivate: z.boolean().default(false),
    })
    .optional()
    .describe('The Delius institution for this establishment; absent for courts and other non-prisons'),
});

const sentenceTermSchema = z.strictObject({
  sentenceSequence: z.int().positive(),
  termSequence: z.int().positive().default(1),
  consecutiveTo: z.int().positive().optional().describe('The sentenceSequence this term runs after'),
  startDate: isoDate.optional(),
  sentenceType: text.optional().describe('e.g. ADIMP_ORA'),
  sentenceTypeDescription: text.optional(),
  sentenceTermCode: text.default('IMP'),
  years: z.int().nonnegative().optional(),
  months: z.int().nonnegative().optional(),
  weeks: z.int().nonnegative().optional(),
  days: z.int().nonnegative().optional(),
  lifeSentence: z.boolean().default(false),
  caseId: text.optional(),
});

export const movementSchema = z.strictObject({
  sequence: z.int().positive().describe('movementSeq of EXTERNAL_MOVEMENT_RECORD-INSERTED'),
  movementType: z.enum(['ADM', 'CRT', 'REL', 'TAP', 'TRN']),
  directionCode: z.enum(['IN', 'OUT']),
  movementDate: isoDate,
  movementTime: z.string().regex(/^\d{2}:\d{2}:\d{2}$/, 'HH:mm:ss'),
  movementReasonCode: text,
  movementReason: text,
  fromAgency: text.optional(),
  toAgency: text.optional(),
  fromCity: text.optional(),
  toCity: text.optional(),
  commentText: text.optional(),
});

const bookingSchema = z.strictObject({
  bookingId: z.int().positive(),
  bookingNo: text.describe('The book number, e.g. 38339A'),
  activeFlag: z.boolean(),
  agencyId: text.describe('Where the prisoner is (OUT once released)'),
  assignedLivingUnitId: z.int().positive().optional(),
  legalStatus: z.enum([
    'RECALL',
    'DEAD',
    'INDETERMINATE_SENTENCE',
    'SENTENCED',
    'CONVICTED_UNSENTENCED',
    'CIVIL_PRISONER',
    'IMMIGRATION_DETAINEE',
    'REMAND',
    'UNKNOWN',
    'OTHER',
  ]),
  recall: z.boolean().default(false),
  imprisonmentStatus: text.optional().describe('e.g. SENT03'),
  imprisonmentStatusDescription: text.optional(),
  receptionDate: isoDate.optional(),
  sentenceDetail: z.partialRecord(z.enum(SENTENCE_DATE_FIELDS), isoDate).default({}),
  sentenceTerms: z
    .array(sentenceTermSchema)
    .optional()
    .describe(
      'Left out: one primary term starting on sentenceDetail.sentenceStartDate (none without that date), as ' +
        'NOMIS derives the date from the terms; [] for a booking whose terms disagree with its sentence detail',
    ),
  identifiers: z
    .array(z.strictObject({ type: text, value: text }))
    .default([])
    .describe('e.g. {"type":"MERGED","value":"A9999DY"}; PNC and CRO come from the prisoner'),
  movements: z.array(movementSchema).default([]),
});

type SentenceTermOutput = z.output<typeof sentenceTermSchema>;

/** The one primary term a booking's sentence start date implies, for worlds that give only the date. */
function impliedSentenceTerms(sentenceStartDate: string | undefined): SentenceTermOutput[] {
  if (sentenceStartDate === undefined) return [];
  return [
    {
      sentenceSequence: 1,
      termSequence: 1,
      startDate: sentenceStartDate,
      sentenceTermCode: 'IMP',
      lifeSentence: false,
    },
  ];
}

const bookingWithTermsSchema = bookingSchema.transform((booking) => ({
  ...booking,
  sentenceTerms: booking.sentenceTerms ?? impliedSentenceTerms(booking.sentenceDetail.sentenceStartDate),
}));

export const prisonerSchema = z.strictObject({
  scenario: z.string().optional().describe('What this person is for (documentation only)'),
  offenderNo: z.string().regex(/^[A-Z]\d{4}[A-Z]{2}$/, 'A NOMS number looks like A5089DY'),
  firstName: text,
  middleNames: text.optional(),
  lastName: text,
  dateOfBirth: isoDate,
  gender: z.enum(['Male', 'Female', 'Not Known']),
  pncNumber: text.optional(),
  croNumber: text.optional(),
  bookings: z.array(bookingWithTermsSchema).min(1),
});
