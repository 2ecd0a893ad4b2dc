import { z } from 'zod';
import { deliusCaseSchema } from './delius.schema';
import { agencySchema, prisonerSchema } from './nomis.schema';

/**
 * The world file format: the people the sandbox's upstreams know about, as plain data. NOMIS (prison-api) is
 * read-only; Delius (community-api, and probation-offender-search over it) changes as the service writes.
 * This zod schema is the source of truth; world.schema.json is generated from it (scripts/).
 */
export const worldSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  agencies: z.array(agencySchema).default([]),
  prisoners: z.array(prisonerSchema).default([]),
  deliusCases: z.array(deliusCaseSchema).default([]),
});

/** A validated world, defaults applied. */
export type World = z.output<typeof worldSchema>;
/** A world as written in a file or by a test: defaults may be left out. */
export type WorldInput = z.input<typeof worldSchema>;
export type Agency = World['agencies'][number];
export type Prisoner = World['prisoners'][number];
export type Booking = Prisoner['bookings'][number];
export type SentenceTerm = Booking['sentenceTerms'][number];
export type Movement = Booking['movements'][number];
export type SentenceDates = Booking['sentenceDetail'];
export type DeliusCase = World['deliusCases'][number];
export type DeliusAlias = DeliusCase['aliases'][number];
export type DeliusConviction = DeliusCase['convictions'][number];
export type DeliusCustody = NonNullable<DeliusConviction['custody']>;
export type KeyDates = DeliusCustody['keyDates'];
