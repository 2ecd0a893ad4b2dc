import type { HandledEventType } from '../message/event-type';
import {
  eventTypeParameter,
  reportParameterError,
  type ParameterProblem,
  type ParsedParameters,
  locationIdParameter,
  londonDateTimeParameter,
  rangeProblem,
  readParameters,
  wholeDays,
  type QueryParameters,
} from './report-parameters';

/** The matching SLA in days: default age for "not matched" and for "exceeded SLA" (the original's 7). */
export const EXPECT_MATCHING_SLA_DAYS = 7;

/** Created-date filters; both bounds are strict (the original's "after"/"before"). */
export interface CreatedRange {
  createdAfter?: Date;
  createdBefore?: Date;
}

/** `GET /report/processed` filters; every bound is strict. */
export interface ProcessedReportQuery extends CreatedRange {
  locationId?: string;
  eventType?: HandledEventType;
  processedAfter?: Date;
  processedBefore?: Date;
}

/** `GET /report/not-matched`: rows created more than `daysOld` days ago. */
export interface NotMatchedReportQuery {
  daysOld: number;
}

/** `GET /report/match-summary` filters and the SLA that splits waiting rows from late ones. */
export interface MatchSummaryQuery extends CreatedRange {
  locationId?: string;
  slaDays: number;
}

const CREATED_RANGE_READERS = {
  createdDateStartDateTime: londonDateTimeParameter,
  createdDateEndDateTime: londonDateTimeParameter,
};

export function parseInProgressQuery(query: QueryParameters): ParsedParameters<Record<string, never>> {
  const read = readParameters(query, {});
  return read.kind === 'ok' ? { kind: 'ok', value: {} } : read;
}

export function parseNotMatchedQuery(query: QueryParameters): ParsedParameters<NotMatchedReportQuery> {
  const read = readParameters(query, { daysOld: wholeDays });
  if (read.kind === 'invalid') return read;
  return { kind: 'ok', value: { daysOld: read.value.daysOld ?? EXPECT_MATCHING_SLA_DAYS } };
}

export function parseProcessedQuery(query: QueryParameters): ParsedParameters<ProcessedReportQuery> {
  const read = readParameters(query, {
    locationId: locationIdParameter,
    eventType: eventTypeParameter,
    processedDateStartDateTime: londonDateTimeParameter,
    processedDateEndDateTime: londonDateTimeParameter,
    ...CREATED_RANGE_READERS,
  });
  if (read.kind === 'invalid') return read;
  const p = read.value;
  return withRangesChecked(
    {
      locationId: p.locationId,
      eventType: p.eventType,
      processedAfter: p.processedDateStartDateTime,
      processedBefore: p.processedDateEndDateTime,
      createdAfter: p.createdDateStartDateTime,
      createdBefore: p.createdDateEndDateTime,
    },
    [
      rangeProblem(
        'processedDateStartDateTime',
        p.processedDateStartDateTime,
        'processedDateEndDateTime',
        p.processedDateEndDateTime,
      ),
    ],
  );
}

export function parseMatchSummaryQuery(query: QueryParameters): ParsedParameters<MatchSummaryQuery> {
  const read = readParameters(query, {
    locationId: locationIdParameter,
    slaDays: wholeDays,
    ...CREATED_RANGE_READERS,
  });
  if (read.kind === 'invalid') return read;
  const p = read.value;
  return withRangesChecked(
    {
      locationId: p.locationId,
      slaDays: p.slaDays ?? EXPECT_MATCHING_SLA_DAYS,
      createdAfter: p.createdDateStartDateTime,
      createdBefore: p.createdDateEndDateTime,
    },
    [],
  );
}

/** Adds the created-range check every filtered report shares, and drops unset filters from the value. */
function withRangesChecked<T extends CreatedRange>(
  value: T,
  otherProblems: (ParameterProblem | undefined)[],
): ParsedParameters<T> {
  const problems = [
    ...otherProblems,
    rangeProblem(
      'createdDateStartDateTime',
      value.createdAfter,
      'createdDateEndDateTime',
      value.createdBefore,
    ),
  ].filter((problem): problem is ParameterProblem => problem !== undefined);
  if (problems.length > 0) return { kind: 'invalid', error: reportParameterError(problems) };
  const defined = Object.entries(value).filter(([, v]) => v !== undefined);
  return { kind: 'ok', value: Object.fromEntries(defined) as T };
}
