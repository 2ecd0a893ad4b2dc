import type { MessageStatus } from '@ptpu/domain';

/**
 * Each status in an operator's words: why the row is where it is, and what, if anything, happens next
 * (docs/architecture.md, Outcomes and statuses). A record over every status, so a new one cannot be forgotten.
 */
export const STATUS_REASONS: Readonly<Record<MessageStatus, string>> = {
  VALIDATED: 'stored by the validator; not yet worked (the processor takes it after the hold-back)',
  COMPLETED: 'done: Delius holds what this event asked for',
  NO_LONGER_VALID:
    'done without a write: NOMIS no longer says this applies (sequence, booking, prison or date)',
  SUPERSEDED: 'done: a newer event of the same type for this booking was worked instead',
  DRY_RUN:
    'done in dry run: the Delius writes it would make are in intendedWrites; a writing reprocess applies them',
  ERROR: 'an upstream or infrastructure fault (see lastError); retried by its tier',
  NO_MATCH: 'offender-search found no candidate case; retried by its tier',
  NO_MATCH_WITH_SENTENCE_DATE:
    'candidates were found, none with a custodial sentence within 7 days of the prison sentence start and no contradicting PNC or CRO; retried by its tier',
  TOO_MANY_MATCHES: 'more than one candidate case passed the rules; nothing written; retried by its tier',
  BOOKING_NUMBER_NOT_ASSIGNED:
    'linked, but Delius has no single custody to take the book number; retried by its tier',
  LOCATION_NOT_UPDATED:
    'linked, but the prison location could not be set in Delius; retried until the sentence ends',
  KEY_DATES_NOT_UPDATED:
    'linked, but the key dates could not be set in Delius; retried until the sentence ends',
  NOMS_NUMBER_HELD_ELSEWHERE:
    'the matched case lacks the NOMS number and another case holds it (candidates: the matched case, then the holders); nothing written',
  NOMS_NUMBER_HOLDER_AWAITS_SENTENCE:
    'the case holding the NOMS number (candidates) is theirs by PNC or CRO but has no custodial sentence near the prison sentence start yet; nothing written; retried by its tier',
  BOOK_NUMBER_ON_TWO_CUSTODIES:
    'the book number was set, but an older custody of the case still holds it; retried until the sentence ends',
  WRITE_UNCONFIRMED:
    'a NOMS number replace may have been applied and no look-up can tell; retried by its tier',
};
