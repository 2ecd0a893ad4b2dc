import type { MessageRow } from '../message/message-row';
import type { CreatedRange, ProcessedReportQuery } from './report-query';

/** The rows each report reads, oldest first, page by page as pulled so no report holds its rows in memory. */
export interface ReportRows {
  /** Pending rows. */
  inProgress(): AsyncIterable<MessageRow>;
  /** Pending rows with a not-matched status, created strictly before `createdBefore`. */
  notMatched(createdBefore: Date): AsyncIterable<MessageRow>;
  /** Processed rows passing every filter (strict bounds); `now` bounds an open processed range. */
  processed(filter: ProcessedReportQuery, now: Date): AsyncIterable<MessageRow>;
  /** `IMPRISONMENT_STATUS-CHANGED` rows in the created range, at the location when given. */
  statusChanges(filter: CreatedRange & { locationId?: string }): AsyncIterable<MessageRow>;
}

/** The statuses of a row not yet linked to exactly one probation case. */
export const NOT_MATCHED_STATUSES = [
  'NO_MATCH',
  'NO_MATCH_WITH_SENTENCE_DATE',
  'TOO_MANY_MATCHES',
  'NOMS_NUMBER_HELD_ELSEWHERE',
  'NOMS_NUMBER_HOLDER_AWAITS_SENTENCE',
] as const;
