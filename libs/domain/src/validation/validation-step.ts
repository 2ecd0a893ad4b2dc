import { primarySentenceStartDate } from '../sentence/primary-sentence-start-date';
import type { Booking } from '../upstream/booking';
import type { IsoDate } from '../upstream/iso-date';
import type { Movement } from '../upstream/movement';
import type { OffenderIdentifier } from '../upstream/offender-identifier';
import type { SentenceTerm } from '../upstream/sentence-term';
import type { Lookup } from '../upstream/upstream-result';
import type { ValidationRejection } from './validation-rejection';

/** What prison-api has told validation about an event so far; absent = not fetched yet. */
export interface ValidationFacts {
  sentenceTerms?: Lookup<readonly SentenceTerm[]>;
  booking?: Lookup<Booking>;
  movement?: Lookup<Movement>;
  mergedIdentifiers?: readonly OffenderIdentifier[];
}

/** The primary sentence start date the facts give, once the sentence terms are known. */
export function factsSentenceStartDate(facts: ValidationFacts): IsoDate | undefined {
  return facts.sentenceTerms?.kind === 'ok' ? primarySentenceStartDate(facts.sentenceTerms.value) : undefined;
}

/** The prison-api read the next rule needs (see `PrisonApi` for the calls). */
export type ValidationFetch = 'sentence-terms' | 'booking' | 'movement' | 'merged-identifiers';

/**
 * One step of validation: fetch one more fact, or a verdict. Rules run in the original service's order, each
 * as soon as its facts are known, so a rule that needs no I/O rejects before any call is made and no call is
 * made for a rule that an earlier one made irrelevant. A verdict carries the facts it was reached on, so the
 * processor need not read them again.
 */
export type ValidationStep =
  | { kind: 'fetch'; fetch: ValidationFetch }
  | { kind: 'reject'; rejection: ValidationRejection; facts: ValidationFacts }
  /** Store the event; the booking is its snapshot, so it need not be fetched again. */
  | { kind: 'accept'; booking: Booking; facts: ValidationFacts };
