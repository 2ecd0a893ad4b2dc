import fc from 'fast-check';
import {
  HANDLED_EVENT_TYPES,
  PROCESSING_PATHS,
  processingPathOf,
  type HandledEventType,
} from '../message/event-type';
import { aggregateBookingRows } from './aggregate-booking-rows';

/*
 * Every pod and every run must pick the same row of each processing path to process (the four key-date event
 * types are one path), and no row may be forgotten:
 * a row in neither list would stay pending for ever, a row in both would be processed and superseded.
 */

interface Row {
  id: string;
  bookingId: number;
  eventType: HandledEventType;
  createdDate: string;
}

const RUNS = { numRuns: 300 };

/** A few instants only, so that rows created in the same millisecond (the tie-break) are common. */
const createdDate = fc
  .oneof(
    fc.constantFrom(0, 1, 999, 60_000),
    fc.integer({ min: 0, max: 3 * 86_400_000 }), // a few days, spread
  )
  .map((offset) => new Date(Date.parse('2026-01-15T09:00:00.000Z') + offset).toISOString());

/** SNS MessageIds are unique, so ids are too; short ones from a small alphabet make ties between ids of a type. */
const rows = fc
  .uniqueArray(
    fc.record({
      id: fc.oneof(fc.stringMatching(/^[a-c0-9-]{1,4}$/), fc.uuid()),
      eventType: fc.constantFrom(...HANDLED_EVENT_TYPES),
      createdDate,
    }),
    { selector: (row) => row.id, maxLength: 12 },
  )
  .map((generated): Row[] => generated.map((row) => ({ ...row, bookingId: 1200835 })));

/** Rows and the same rows in another order. */
const rowsAndShuffle = rows.chain((generated) =>
  fc.tuple(
    fc.constant(generated),
    fc.shuffledSubarray(generated, { minLength: generated.length, maxLength: generated.length }),
  ),
);

/** The oracle: newer createdDate wins; in the same millisecond the lower id (string order) wins. */
function isNewer(a: Row, b: Row): boolean {
  if (a.createdDate !== b.createdDate) return Date.parse(a.createdDate) > Date.parse(b.createdDate);
  return a.id < b.id;
}

/** The oracle's own spelling of the paths, so a type moved to another path is caught. */
const PATH_OF: Record<HandledEventType, string> = {
  'IMPRISONMENT_STATUS-CHANGED': 'status-change',
  'EXTERNAL_MOVEMENT_RECORD-INSERTED': 'movement',
  'BOOKING_NUMBER-CHANGED': 'merge',
  'SENTENCE_DATES-CHANGED': 'key-dates',
  'CONFIRMED_RELEASE_DATE-CHANGED': 'key-dates',
  KEY_DATE_ADJUSTMENT_UPSERTED: 'key-dates',
  KEY_DATE_ADJUSTMENT_DELETED: 'key-dates',
};

function oracleKept(input: readonly Row[]): Row[] {
  const kept: Row[] = [];
  for (const path of ['status-change', 'movement', 'merge', 'key-dates']) {
    let best: Row | undefined;
    for (const row of input) {
      if (PATH_OF[row.eventType] === path && (best === undefined || isNewer(row, best))) best = row;
    }
    if (best) kept.push(best);
  }
  return kept;
}

const ids = (list: readonly Row[]) => list.map((row) => row.id);

describe('aggregateBookingRows (properties)', () => {
  it('keeps the newest row of each path present, one per path, in priority order', () => {
    fc.assert(
      fc.property(rows, (input) => {
        const { kept } = aggregateBookingRows(input);
        expect(kept).toEqual(oracleKept(input));
        const presentPaths = PROCESSING_PATHS.filter((path) =>
          input.some((row) => processingPathOf(row.eventType) === path),
        );
        expect(kept.map((row) => processingPathOf(row.eventType))).toEqual(presentPaths);
      }),
      RUNS,
    );
  });

  it('puts every input row in exactly one of kept and superseded, and supersedes only rows with a newer one', () => {
    fc.assert(
      fc.property(rows, (input) => {
        const { kept, superseded } = aggregateBookingRows(input);
        const out = [...kept, ...superseded];
        expect(out).toHaveLength(input.length);
        for (const row of input) expect(out.filter((r) => r === row)).toHaveLength(1);
        for (const row of superseded) {
          const keeper = kept.find((k) => PATH_OF[k.eventType] === PATH_OF[row.eventType]);
          expect(keeper && isNewer(keeper, row)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('gives the same answer whatever order the rows are read in', () => {
    fc.assert(
      fc.property(rowsAndShuffle, ([input, shuffled]) => {
        const a = aggregateBookingRows(input);
        const b = aggregateBookingRows(shuffled);
        expect(ids(b.kept)).toEqual(ids(a.kept));
        expect(ids(b.superseded)).toEqual(ids(a.superseded));
      }),
      RUNS,
    );
  });

  it('refuses, with a RangeError, rows of more than one booking', () => {
    fc.assert(
      fc.property(
        rows.filter((input) => input.length >= 2),
        fc.integer({ min: 1, max: 99_999_999 }),
        (input, otherBookingId) => {
          fc.pre(otherBookingId !== 1200835);
          const mixed = input.map((row, i) => (i === 0 ? { ...row, bookingId: otherBookingId } : row));
          expect(() => aggregateBookingRows(mixed)).toThrow(RangeError);
        },
      ),
      RUNS,
    );
  });
});
