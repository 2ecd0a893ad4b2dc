import { HANDLED_EVENT_TYPES, isHandledEventType, type HandledEventType } from '../message/event-type';
import { instantOfLondon } from '../time/london';

/** One query parameter a report cannot use, and why, in words an analyst can act on. */
export interface ParameterProblem {
  parameter: string;
  message: string;
}

/** Wrong query parameters (a 400, never a fault), every problem listed so the URL is fixed in one go. */
export interface ReportParameterError {
  code: 'REPORT.BAD_PARAMETER';
  problems: readonly ParameterProblem[];
  /** The problems as one sentence, each naming its parameter. */
  message: string;
}

function invalid(problems: readonly ParameterProblem[]): { kind: 'invalid'; error: ReportParameterError } {
  const message = problems.map((problem) => problem.message).join('; ');
  return { kind: 'invalid', error: { code: 'REPORT.BAD_PARAMETER', problems, message } };
}

export type ParsedParameters<T> = { kind: 'ok'; value: T } | { kind: 'invalid'; error: ReportParameterError };

/** A request's query string as HTTP frameworks hand it over: a repeated name gives an array. */
export type QueryParameters = Readonly<Record<string, string | readonly string[] | undefined>>;

/** Reads one parameter's text into a value, or says what it expected. */
type ParameterReader<T> = (text: string) => { value: T } | { expected: string };

/** The readers of a report's parameters, keyed by parameter name; every parameter is optional. */
export type ParameterReaders = Record<string, ParameterReader<unknown>>;

type ValuesOf<R extends ParameterReaders> = {
  [K in keyof R]?: R[K] extends ParameterReader<infer T> ? T : never;
};

/**
 * Reads a query string against a report's readers. An unknown name, a repeated or empty parameter and an
 * unreadable value are all problems: a misspelt filter must not silently return an unfiltered report.
 */
export function readParameters<R extends ParameterReaders>(
  query: QueryParameters,
  readers: R,
): ParsedParameters<ValuesOf<R>> {
  const problems: ParameterProblem[] = [];
  const values: Record<string, unknown> = {};
  const known = Object.keys(readers);
  for (const [parameter, given] of Object.entries(query)) {
    if (given === undefined) continue;
    // Own names only: `__proto__`, `toString` and the like would otherwise find the object's built-ins.
    const reader = Object.hasOwn(readers, parameter) ? readers[parameter] : undefined;
    if (!reader) {
      const accepted =
        known.length > 0 ? `this report accepts ${known.join(', ')}` : 'this report takes none';
      problems.push({ parameter, message: `unknown parameter ${parameter}: ${accepted}` });
    } else if (typeof given !== 'string') {
      problems.push({ parameter, message: `${parameter} was given ${given.length} times; give it once` });
    } else if (given.trim() === '') {
      problems.push({ parameter, message: `${parameter} is empty; leave it out or give a value` });
    } else {
      const read = reader(given);
      if ('value' in read) values[parameter] = read.value;
      else problems.push({ parameter, message: `${parameter} must be ${read.expected}, got "${given}"` });
    }
  }
  return problems.length > 0 ? invalid(problems) : { kind: 'ok', value: values as ValuesOf<R> };
}

/** Upper bound of day counts: far beyond any row's life, small enough that date arithmetic stays exact. */
export const MAX_REPORT_DAYS = 36_500;

export const wholeDays: ParameterReader<number> = (text) =>
  /^\d{1,5}$/.test(text) && Number(text) <= MAX_REPORT_DAYS
    ? { value: Number(text) }
    : { expected: `a whole number of days from 0 to ${MAX_REPORT_DAYS}` };

const LONDON_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/**
 * A London date-time exactly as the reports print it, `yyyy-MM-ddTHH:mm:ss` (docs/architecture.md, HTTP
 * surface), so a value copied from a report can be pasted into a filter; an offset or fraction is refused.
 */
export const londonDateTimeParameter: ParameterReader<Date> = (text) => {
  const expected = {
    expected: 'a London date-time yyyy-MM-ddTHH:mm:ss without an offset, e.g. 2020-12-11T15:15:49',
  };
  const parts = LONDON_DATE_TIME.exec(text);
  if (!parts || Number(parts[4]) > 23 || Number(parts[5]) > 59 || Number(parts[6]) > 59) return expected;
  try {
    return { value: instantOfLondon(text) };
  } catch {
    return expected; // not a real calendar date, e.g. 2021-02-30
  }
};

/** A NOMIS agency (prison) code such as MDI. */
export const locationIdParameter: ParameterReader<string> = (text) =>
  /^[A-Za-z0-9_-]{1,20}$/.test(text) ? { value: text } : { expected: 'a prison code such as MDI' };

export const eventTypeParameter: ParameterReader<HandledEventType> = (text) =>
  isHandledEventType(text) ? { value: text } : { expected: `one of ${HANDLED_EVENT_TYPES.join(', ')}` };

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

const CREATED_RANGE_READERS = {
  createdDateStartDateTime: londonDateTimeParameter,
  createdDateEndDateTime: londonDateTimeParameter,
};

export function parseInProgressQuery(query: QueryParameters): ParsedParameters<Record<string, never>> {
  const read = readParameters(query, {});
  return read.kind === 'ok' ? { kind: 'ok', value: {} } : read;
}

/** `GET /report/not-matched`: rows created more than `daysOld` days ago. */
export function parseNotMatchedQuery(query: QueryParameters): ParsedParameters<{ daysOld: number }> {
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
    rangeProblem('processedDate', p.processedDateStartDateTime, p.processedDateEndDateTime),
  );
}

/** `GET /report/match-summary` filters and the SLA that splits waiting rows from late ones. */
export function parseMatchSummaryQuery(
  query: QueryParameters,
): ParsedParameters<CreatedRange & { locationId?: string; slaDays: number }> {
  const read = readParameters(query, {
    locationId: locationIdParameter,
    slaDays: wholeDays,
    ...CREATED_RANGE_READERS,
  });
  if (read.kind === 'invalid') return read;
  const p = read.value;
  return withRangesChecked({
    locationId: p.locationId,
    slaDays: p.slaDays ?? EXPECT_MATCHING_SLA_DAYS,
    createdAfter: p.createdDateStartDateTime,
    createdBefore: p.createdDateEndDateTime,
  });
}

/** A problem when a range's start is not before its end: with strict bounds such a range holds nothing. */
function rangeProblem(
  range: 'processedDate' | 'createdDate',
  start: Date | undefined,
  end: Date | undefined,
): ParameterProblem | undefined {
  if (!start || !end || start < end) return undefined;
  const parameter = `${range}EndDateTime`;
  return { parameter, message: `${parameter} must be later than ${range}StartDateTime` };
}

/** Adds the created-range check every filtered report shares, and drops unset filters from the value. */
function withRangesChecked<T extends CreatedRange>(
  value: T,
  otherProblem?: ParameterProblem,
): ParsedParameters<T> {
  const problems = [
    otherProblem,
    rangeProblem('createdDate', value.createdAfter, value.createdBefore),
  ].filter((problem): problem is ParameterProblem => problem !== undefined);
  if (problems.length > 0) return invalid(problems);
  const defined = Object.entries(value).filter(([, v]) => v !== undefined);
  return { kind: 'ok', value: Object.fromEntries(defined) as T };
}
