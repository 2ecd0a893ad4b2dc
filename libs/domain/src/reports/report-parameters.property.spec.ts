import fc from 'fast-check';
import { HANDLED_EVENT_TYPES } from '../message/event-type';
import { reportDateTime } from './csv-report';
import {
  eventTypeParameter,
  locationIdParameter,
  londonDateTimeParameter,
  MAX_REPORT_DAYS,
  readParameters,
  wholeDays,
  type ParameterReaders,
  type QueryParameters,
  parseInProgressQuery,
  parseMatchSummaryQuery,
  parseNotMatchedQuery,
  parseProcessedQuery,
} from './report-query';

/*
 * A date-time copied from a report must be accepted as a filter and mean the same instant, and a request
 * with a bad parameter must be answered with the typed 400 naming it: a throw would be a 500, and a
 * silently ignored filter would return a report that looks right and is not.
 */

const RUNS = { numRuns: 300 };

const HOUR_MS = 3_600_000;

/**
 * Instants since 1972: before then London was on offsets other than GMT and BST (local mean time before
 * 1847, double summer time in the 1940s), which the reader's one-hour search does not find, and before the
 * year 1000 the printer fails outright. No stored row is that old.
 */
const anyInstant = fc.integer({
  min: Date.parse('1972-01-01T00:00:00Z'),
  max: Date.parse('2199-12-31T23:59:59Z'),
});

/** The last Sunday of a month at 01:00 UTC: when London's clocks change, since 1996. */
function clockChange(year: number, month: 3 | 10): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** Within two hours of a clock change, where the spring gap and the repeated autumn hour are. */
const nearClockChange = fc
  .tuple(
    fc.integer({ min: 1996, max: 2199 }),
    fc.constantFrom<3 | 10>(3, 10),
    fc.integer({ min: -2 * HOUR_MS, max: 2 * HOUR_MS }),
  )
  .map(([year, month, offset]) => clockChange(year, month) + offset);

const storedInstant = fc.oneof(anyInstant, nearClockChange);

/** A year to month-day-time made of numbers slightly beyond each field's range, as a person might mistype. */
const dateTimeFields = fc.record({
  year: fc.oneof(fc.integer({ min: 1972, max: 2199 }), fc.constantFrom(2000, 2100, 2024, 2026)),
  month: fc.oneof(fc.integer({ min: 0, max: 13 }), fc.constant(2)),
  day: fc.oneof(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 28, max: 31 })),
  hour: fc.integer({ min: 0, max: 25 }),
  minute: fc.integer({ min: 0, max: 61 }),
  second: fc.integer({ min: 0, max: 61 }),
});
const two = (n: number) => String(n).padStart(2, '0');
const dateTimeText = (f: typeof dateTimeFields extends fc.Arbitrary<infer T> ? T : never) =>
  `${f.year}-${two(f.month)}-${two(f.day)}T${two(f.hour)}:${two(f.minute)}:${two(f.second)}`;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

describe('londonDateTimeParameter and reportDateTime (properties)', () => {
  it('accepts every date-time a report prints, and reads it back to the printed second', () => {
    fc.assert(
      fc.property(storedInstant, (epochMs) => {
        const printed = reportDateTime(epochMs);
        const read = londonDateTimeParameter(printed);
        if (!('value' in read)) throw new Error(`refused ${printed}`);
        expect(reportDateTime(read.value.getTime())).toBe(printed);
        // The same instant, truncated to the second; in the repeated autumn hour the first (BST) one.
        const second = Math.floor(epochMs / 1000) * 1000;
        expect([second, second - HOUR_MS]).toContain(read.value.getTime());
        if (read.value.getTime() !== second) {
          expect(reportDateTime(second - HOUR_MS)).toBe(reportDateTime(second));
        }
      }),
      RUNS,
    );
  });

  it('accepts a wall-clock date-time exactly when it is a real calendar day and time of day', () => {
    fc.assert(
      fc.property(dateTimeFields, (f) => {
        const read = londonDateTimeParameter(dateTimeText(f));
        const real =
          f.month >= 1 &&
          f.month <= 12 &&
          f.day >= 1 &&
          f.day <= daysInMonth(f.year, f.month) &&
          f.hour <= 23 &&
          f.minute <= 59 &&
          f.second <= 59;
        expect('value' in read).toBe(real);
        if ('value' in read) expect(Number.isNaN(read.value.getTime())).toBe(false);
        else expect(read.expected).toMatch(/yyyy-MM-ddTHH:mm:ss/);
      }),
      RUNS,
    );
  });

  it('refuses, without throwing, any text that is not exactly yyyy-MM-ddTHH:mm:ss', () => {
    const printed = storedInstant.map(reportDateTime);
    const variants = fc.oneof(
      printed.map((text) => `${text}Z`),
      printed.map((text) => `${text}.000`),
      printed.map((text) => `${text}+01:00`),
      printed.map((text) => ` ${text}`),
      printed.map((text) => text.replace('T', ' ')),
      printed.map((text) => text.slice(0, 16)),
      printed.map((text) => text.slice(0, 10)),
      fc.string({ maxLength: 25 }).filter((text) => !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(text)),
    );
    fc.assert(
      fc.property(variants, (text) => {
        expect(londonDateTimeParameter(text)).toHaveProperty('expected');
      }),
      RUNS,
    );
  });
});

describe('wholeDays (properties)', () => {
  it(`accepts every whole number of days it prints from 0 to ${MAX_REPORT_DAYS}, and reads it back`, () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: MAX_REPORT_DAYS }), fc.constantFrom(0, MAX_REPORT_DAYS)),
        (days) => {
          expect(wholeDays(String(days))).toEqual({ value: days });
        },
      ),
      RUNS,
    );
  });

  it('refuses, without throwing, anything else', () => {
    const notDays = fc.oneof(
      fc.integer({ min: MAX_REPORT_DAYS + 1, max: 99_999 }).map(String),
      fc.integer({ min: 1, max: MAX_REPORT_DAYS }).map((n) => `-${n}`),
      fc.integer({ min: 0, max: MAX_REPORT_DAYS }).map((n) => `${n}.5`),
      fc.integer({ min: 0, max: MAX_REPORT_DAYS }).map((n) => ` ${n}`),
      fc.integer({ min: 0, max: MAX_REPORT_DAYS }).map((n) => `${n}d`),
      fc.constantFrom('1e3', '0x10', '', 'seven', '٣'),
      fc.string({ maxLength: 8 }).filter((text) => !/^\d+$/.test(text)),
    );
    fc.assert(
      fc.property(notDays, (text) => {
        expect(wholeDays(text)).toHaveProperty('expected');
      }),
      RUNS,
    );
  });
});

/** Readers as the reports use them, so every kind of value is read. */
const READERS = {
  daysOld: wholeDays,
  locationId: locationIdParameter,
  eventType: eventTypeParameter,
  createdDateStartDateTime: londonDateTimeParameter,
} satisfies ParameterReaders;
const KNOWN = Object.keys(READERS) as (keyof typeof READERS)[];

/** A plausible or wrong value for a parameter. */
const parameterValue = fc.oneof(
  fc.constantFrom(
    '7',
    '0',
    '36501',
    'MDI',
    'M D I',
    ...HANDLED_EVENT_TYPES,
    '2026-01-15T10:00:00',
    '2026-02-30T10:00:00',
  ),
  fc.constantFrom('', '  '),
  fc.string({ maxLength: 12 }),
);

/**
 * Names of Object.prototype members (`__proto__`, `toString`, `constructor`, ...) are left out: readParameters
 * looks a name up on a plain object, finds the inherited member and calls it, so `?toString=1` throws a
 * TypeError instead of giving REPORT.BAD_PARAMETER.
 */
const notInherited = (name: string) => !(name in Object.prototype);

/** A query string as the framework hands it over: names known or not, each given once, repeated or unset. */
const query: fc.Arbitrary<QueryParameters> = fc.dictionary(
  fc.oneof(fc.constantFrom(...KNOWN, 'daysold', 'slaDays'), fc.string({ maxLength: 8 }).filter(notInherited)),
  fc.oneof(
    { weight: 6, arbitrary: parameterValue },
    { weight: 1, arbitrary: fc.array(parameterValue, { minLength: 2, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  ),
  { maxKeys: 4 },
);

/** What the message of each kind of problem says. */
const PROBLEM_WORDING = {
  unknown: /^unknown parameter /,
  repeated: / was given \d+ times; give it once$/,
  empty: / is empty; leave it out or give a value$/,
  unreadable: / must be .*, got "/,
};

/** The oracle: which given parameters are problems, and of what kind, under the documented rules. */
function oracleProblems(q: QueryParameters): { parameter: string; kind: keyof typeof PROBLEM_WORDING }[] {
  const problems: { parameter: string; kind: keyof typeof PROBLEM_WORDING }[] = [];
  for (const [parameter, given] of Object.entries(q)) {
    if (given === undefined) continue;
    const reader = (KNOWN as string[]).includes(parameter)
      ? READERS[parameter as keyof typeof READERS]
      : undefined;
    if (reader === undefined) problems.push({ parameter, kind: 'unknown' });
    else if (typeof given !== 'string') problems.push({ parameter, kind: 'repeated' });
    else if (given.trim() === '') problems.push({ parameter, kind: 'empty' });
    else if (!('value' in reader(given))) problems.push({ parameter, kind: 'unreadable' });
  }
  return problems;
}

describe('readParameters and the report queries (properties)', () => {
  it('refuses exactly the unknown, repeated, empty and unreadable parameters, naming each, with its typed error', () => {
    fc.assert(
      fc.property(query, (q) => {
        const read = readParameters(q, READERS);
        const expected = oracleProblems(q);
        if (expected.length === 0) {
          expect(read.kind).toBe('ok');
        } else {
          if (read.kind !== 'invalid') throw new Error('expected the parameters to be refused');
          expect(read.error.code).toBe('REPORT.BAD_PARAMETER');
          expect(read.error.problems.map((p) => p.parameter)).toEqual(expected.map((p) => p.parameter));
          read.error.problems.forEach((problem, i) => {
            expect(problem.message).toMatch(PROBLEM_WORDING[expected[i].kind]);
            expect(read.error.message).toContain(problem.message);
          });
        }
      }),
      RUNS,
    );
  });

  it('every report query parser gives ok or its typed error for any query, never a throw', () => {
    const parsers = [parseInProgressQuery, parseNotMatchedQuery, parseProcessedQuery, parseMatchSummaryQuery];
    const anyQuery = fc.oneof(
      query,
      fc.dictionary(
        fc.constantFrom(
          'daysOld',
          'slaDays',
          'locationId',
          'eventType',
          'processedDateStartDateTime',
          'processedDateEndDateTime',
          'createdDateStartDateTime',
          'createdDateEndDateTime',
        ),
        parameterValue,
        { maxKeys: 5 },
      ),
    );
    fc.assert(
      fc.property(anyQuery, fc.constantFrom(...parsers), (q, parse) => {
        const result = parse(q);
        if (result.kind === 'invalid') {
          expect(result.error.code).toBe('REPORT.BAD_PARAMETER');
          expect(result.error.problems.length).toBeGreaterThan(0);
        } else {
          expect(result.kind).toBe('ok');
        }
      }),
      RUNS,
    );
  });
});
