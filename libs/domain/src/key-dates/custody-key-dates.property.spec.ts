import fc from 'fast-check';
import type { CustodyKeyDates } from '../upstream/delius';
import type { SentenceDetail } from '../upstream/prison';
import {
  custodyKeyDatesFor,
  DELIUS_KEY_DATE_CODES,
  KEY_DATE_FIELDS,
  keyDatesUpdate,
} from './custody-key-dates';

/*
 * The key-date write replaces all seven Delius dates, so a date put under the wrong code, or one dropped from
 * the body, silently changes someone's release or licence dates in probation.
 */

const RUNS = { numRuns: 300 };

const SENTENCE_DATE_FIELDS = [
  'sentenceStartDate',
  'sentenceExpiryDate',
  'conditionalReleaseDate',
  'conditionalReleaseOverrideDate',
  'licenceExpiryDate',
  'paroleEligibilityDate',
  'homeDetentionCurfewEligibilityDate',
  'confirmedReleaseDate',
  'releaseDate',
  'topupSupervisionExpiryDate',
] as const satisfies readonly (keyof SentenceDetail)[];

/** Each field's dates are distinct from every other field's, so a date under the wrong code is caught. */
const dateOf = (fieldIndex: number) =>
  fc
    .integer({ min: 0, max: 364 })
    .map((day) => new Date(Date.UTC(2020 + fieldIndex, 0, 1) + day * 86_400_000).toISOString().slice(0, 10));

/**
 * Absent as the key left out, or as the JSON null prison-api may send. Present as a date. (An empty override
 * counts as absent too; custody-key-dates.spec.ts shows it.)
 */
const ABSENT_AS_NULL = null as unknown as undefined;
const maybeDate = (fieldIndex: number) =>
  fc.oneof(
    dateOf(fieldIndex),
    fc.constant<string | undefined>(undefined),
    fc.constant<string | undefined>(ABSENT_AS_NULL),
  );

const sentenceDetail: fc.Arbitrary<SentenceDetail> = fc
  .tuple(...SENTENCE_DATE_FIELDS.map((_, i) => maybeDate(i)))
  .map((dates) => {
    const detail: Record<string, string | undefined> = {};
    SENTENCE_DATE_FIELDS.forEach((field, i) => {
      if (dates[i] !== undefined) detail[field] = dates[i];
    });
    return detail as SentenceDetail;
  });

const present = (date: string | null | undefined): date is string => date !== undefined && date !== null;

/**
 * The documented mapping: the override before the calculated conditional release date; the confirmed release
 * date, never the estimated one, as EXP; a date NOMIS lacks is left out of the write.
 */
function oracle(detail: SentenceDetail): Record<string, string> {
  const expected: Record<string, string> = {};
  const put = (field: keyof CustodyKeyDates, ...sources: (string | undefined)[]) => {
    const first = sources.find(present);
    if (first !== undefined) expected[field] = first;
  };
  put('conditionalReleaseDate', detail.conditionalReleaseOverrideDate, detail.conditionalReleaseDate);
  put('licenceExpiryDate', detail.licenceExpiryDate);
  put('hdcEligibilityDate', detail.homeDetentionCurfewEligibilityDate);
  put('paroleEligibilityDate', detail.paroleEligibilityDate);
  put('sentenceExpiryDate', detail.sentenceExpiryDate);
  put('expectedReleaseDate', detail.confirmedReleaseDate);
  put('postSentenceSupervisionEndDate', detail.topupSupervisionExpiryDate);
  return expected;
}

/** What Delius may hold: any subset of the seven key dates, some equal to the planned ones. */
const heldKeyDates = (planned: CustodyKeyDates): fc.Arbitrary<CustodyKeyDates | undefined> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 6,
      arbitrary: fc
        .tuple(
          ...KEY_DATE_FIELDS.map((field, i) =>
            fc.oneof(
              fc.constant(planned[field]),
              fc.constant(undefined),
              dateOf(i).map((date) => date.replace(/^20/, '19')), // another date than any planned one
            ),
          ),
        )
        .map((dates) => {
          const held: Record<string, string> = {};
          KEY_DATE_FIELDS.forEach((field, i) => {
            if (dates[i] !== undefined) held[field] = dates[i];
          });
          return held as CustodyKeyDates;
        }),
    },
  );

describe('custodyKeyDatesFor (properties)', () => {
  it('maps every combination of present and absent dates as documented, the override before the calculated date', () => {
    fc.assert(
      fc.property(sentenceDetail, (detail) => {
        expect(custodyKeyDatesFor(detail)).toEqual(oracle(detail));
      }),
      RUNS,
    );
  });

  it('never writes a date NOMIS does not have, nor the estimated release date', () => {
    fc.assert(
      fc.property(sentenceDetail, (detail) => {
        const written = Object.values(custodyKeyDatesFor(detail));
        const given = Object.entries(detail)
          .filter(
            ([field, date]) => present(date) && field !== 'releaseDate' && field !== 'sentenceStartDate',
          )
          .map(([, date]) => date);
        for (const date of written) expect(given).toContain(date);
        expect(written).not.toContain(detail.releaseDate);
      }),
      RUNS,
    );
  });
});

describe('keyDatesUpdate (properties)', () => {
  const nomisAndDelius = sentenceDetail.chain((detail) => {
    const nomis = custodyKeyDatesFor(detail);
    return fc.tuple(fc.constant(nomis), heldKeyDates(nomis));
  });

  it('changes exactly the dates NOMIS has that Delius holds otherwise or not at all, each with both values', () => {
    fc.assert(
      fc.property(nomisAndDelius, ([nomis, delius]) => {
        const update = keyDatesUpdate(nomis, delius);
        const differing = KEY_DATE_FIELDS.filter(
          (field) => nomis[field] !== undefined && delius?.[field] !== nomis[field],
        );
        expect(update?.changes.map((change) => change.field) ?? []).toEqual(differing);
        for (const change of update?.changes ?? []) {
          expect(change.code).toBe(DELIUS_KEY_DATE_CODES[change.field]);
          expect(change.from).toBe(delius?.[change.field]);
          expect(change.to).toBe(nomis[change.field]);
        }
      }),
      RUNS,
    );
  });

  it('never deletes a Delius date: the body holds NOMIS’s date where it has one, else Delius’s own', () => {
    fc.assert(
      fc.property(nomisAndDelius, ([nomis, delius]) => {
        const body = keyDatesUpdate(nomis, delius)?.body;
        if (!body) return;
        for (const field of KEY_DATE_FIELDS) expect(body[field]).toBe(nomis[field] ?? delius?.[field]);
      }),
      RUNS,
    );
  });
});
