import type { MessageRow, MessageStatus } from '../message/message-row';

/**
 * Why a status-change row is still waiting, as the match summary groups them (docs/architecture.md, Outcomes
 * and statuses). The two new here need a Delius record corrected, so are counted apart.
 */
export const MATCH_CATEGORIES = [
  'no-match',
  'no-match-sentence',
  'too-many-matches',
  'book-number-set-fail',
  'location-set-fail',
  'key-dates-set-fail',
  'noms-number-held-elsewhere',
  'book-number-on-two-custodies',
  'error-fail',
] as const;

export type MatchCategory = (typeof MATCH_CATEGORIES)[number];

const CATEGORY_OF: Partial<Record<MessageStatus, MatchCategory>> = {
  NO_MATCH: 'no-match',
  NO_MATCH_WITH_SENTENCE_DATE: 'no-match-sentence',
  TOO_MANY_MATCHES: 'too-many-matches',
  BOOKING_NUMBER_NOT_ASSIGNED: 'book-number-set-fail',
  LOCATION_NOT_UPDATED: 'location-set-fail',
  KEY_DATES_NOT_UPDATED: 'key-dates-set-fail',
  NOMS_NUMBER_HELD_ELSEWHERE: 'noms-number-held-elsewhere',
  // The prisoner's own case has no sentence near the date yet: the same wait as a match without one.
  NOMS_NUMBER_HOLDER_AWAITS_SENTENCE: 'no-match-sentence',
  BOOK_NUMBER_ON_TWO_CUSTODIES: 'book-number-on-two-custodies',
  ERROR: 'error-fail',
  // Only a merge's row can end so; counted with the system failures should a status change ever do.
  WRITE_UNCONFIRMED: 'error-fail',
};

/** Never attempted on their own (superseded) or no Delius change (dry run): they would distort the counts. */
const NOT_COUNTED: ReadonlySet<MessageStatus> = new Set(['SUPERSEDED', 'DRY_RUN']);

export type CategoryCounts = Record<MatchCategory, number>;

/** The original's JSON shape, every field present. */
export interface MatchSummary {
  total: number;
  completed: { total: number; success: number; rejected: number };
  waiting: { total: number; new: number; retry: number; category: CategoryCounts };
  'exceeded-sla': { total: number; category: CategoryCounts };
}

const noCategories = (): CategoryCounts =>
  Object.fromEntries(MATCH_CATEGORIES.map((category) => [category, 0])) as CategoryCounts;

/**
 * Counts rows one at a time, so the report never holds them. Pending rows created strictly before
 * `exceededSlaBefore` are late; the others are waiting.
 */
export class MatchSummaryTally {
  private readonly counts: MatchSummary = {
    total: 0,
    completed: { total: 0, success: 0, rejected: 0 },
    waiting: { total: 0, new: 0, retry: 0, category: noCategories() },
    'exceeded-sla': { total: 0, category: noCategories() },
  };
  private readonly slaBoundary: string;

  constructor(exceededSlaBefore: Date) {
    // Stored createdDate values are toISOString() strings, which sort as the instants they name.
    this.slaBoundary = exceededSlaBefore.toISOString();
  }

  add(row: Pick<MessageRow, 'eventType' | 'status' | 'createdDate' | 'processedDate' | 'retryCount'>): void {
    if (row.eventType !== 'IMPRISONMENT_STATUS-CHANGED' || NOT_COUNTED.has(row.status)) return;
    const c = this.counts;
    c.total += 1;
    if (row.processedDate !== undefined) {
      c.completed.total += 1;
      if (row.status === 'NO_LONGER_VALID') c.completed.rejected += 1;
      else c.completed.success += 1;
      return;
    }
    const category = CATEGORY_OF[row.status];
    if (row.createdDate < this.slaBoundary) {
      c['exceeded-sla'].total += 1;
      if (category) c['exceeded-sla'].category[category] += 1;
      return;
    }
    c.waiting.total += 1;
    if (row.retryCount === 0) c.waiting.new += 1;
    else c.waiting.retry += 1;
    if (category) c.waiting.category[category] += 1;
  }

  summary(): MatchSummary {
    return structuredClone(this.counts);
  }
}
