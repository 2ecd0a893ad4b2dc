import fc from 'fast-check';
import type { Attempt } from '../processing/attempt';
import { matchPrisoner } from '../processing/status-change/match-prisoner';
import { CallJournal } from '../processing/testing/call-journal';
import { FakeCommunityApi } from '../processing/testing/fake-community-api';
import { FakeOffenderSearch } from '../processing/testing/fake-offender-search';
import { FakePrisonApi } from '../processing/testing/fake-prison-api';
import { buildBooking, buildMergedIdentifier, buildPrisonerDetails } from '../testing/build-prison-values';
import type { Conviction } from '../upstream/delius';
import { MATCHED_BY, type MatchedBy, type OffenderMatches } from '../upstream/delius';
import { decideMatch, type MatchCandidate, type MatchDecision, type MatchingPrisoner } from './decide-match';

/*
 * A CRN is only ever written to when exactly one distinct case passes every rule: a wrong match links a
 * prisoner to someone else's probation record. Identifiers are generated as identities (which person's
 * number it is) written in one of several forms, so the oracle below compares identities and never has to
 * reproduce the canonical forms the code uses.
 */

const RUNS = { numRuns: 400 };

/** An identifier as a side holds it: whose it is (`identity`) and how it happens to be written. */
interface Written {
  identity: number | undefined;
  text: string | undefined;
}

const absent = fc.constantFrom<Written>(
  { identity: undefined, text: undefined },
  { identity: undefined, text: '' },
  { identity: undefined, text: '   ' },
);

/** Mostly the first identity, so that many candidates pass and ties between passing cases are common. */
const identityOf = (count: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(0) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: count - 1 }) },
  );

const spaced = (text: string) => fc.constantFrom(text, ` ${text}`, `${text}  `, `\t${text} `);

/** PNCs: the same number is written with a two- or four-digit year and with or without leading zeros. */
const PNC_IDENTITIES = [
  { year: 2019, serial: 12345, check: 'X' },
  { year: 2019, serial: 54321, check: 'X' },
  { year: 2004, serial: 12345, check: 'X' },
  { year: 2019, serial: 12345, check: 'Y' },
];
const NOT_A_PNC = PNC_IDENTITIES.length; // free text that is not a PNC: the same text is the same value

const pnc: fc.Arbitrary<Written> = fc.oneof(
  { weight: 1, arbitrary: absent },
  {
    weight: 3,
    arbitrary: fc
      .tuple(identityOf(PNC_IDENTITIES.length), fc.boolean(), fc.integer({ min: 0, max: 7 }), fc.boolean())
      .chain(([identity, longYear, width, lowerCase]) => {
        const { year, serial, check } = PNC_IDENTITIES[identity];
        const yearText = longYear ? String(year) : String(year).slice(-2);
        const text = `${yearText}/${String(serial).padStart(width, '0')}${lowerCase ? check.toLowerCase() : check}`;
        return spaced(text).map((t) => ({ identity, text: t }));
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('UNKNOWN', 'unknown', ' Unknown ')
      .map((text) => ({ identity: NOT_A_PNC, text })),
  },
);

/** CROs and NOMS numbers have one form; case and surrounding spaces do not make another number. */
function caseAndSpaceVariants(values: readonly string[]): fc.Arbitrary<Written> {
  return fc.oneof(
    { weight: 1, arbitrary: absent },
    {
      weight: 4,
      arbitrary: fc.tuple(identityOf(values.length), fc.boolean()).chain(([identity, lowerCase]) =>
        spaced(lowerCase ? values[identity].toLowerCase() : values[identity]).map((text) => ({
          identity,
          text,
        })),
      ),
    },
  );
}

const CROS = ['123456/19A', '654321/19A', 'SF93/111111D'];
const NOMS_NUMBERS = ['A5089DY', 'G1234AA', 'A9999DY', 'B2222BB'];
const cro = caseAndSpaceVariants(CROS);
const nomsNumber = caseAndSpaceVariants(NOMS_NUMBERS);

/** Sentence dates as a day offset from a base date near the end of a leap February, or not a date at all. */
const BASE_DAY = Date.parse('2020-02-25T00:00:00Z');
interface SentenceDate {
  day: number | undefined; // undefined: malformed
  text: string;
}
const dayText = (day: number) => new Date(BASE_DAY + day * 86_400_000).toISOString().slice(0, 10);
const sentenceDate = (maxOffset: number): fc.Arbitrary<SentenceDate> =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc.integer({ min: -maxOffset, max: maxOffset }).map((day) => ({ day, text: dayText(day) })),
    },
    {
      weight: 1,
      // Malformed dates never match, impossible calendar days (2020-02-30) included.
      arbitrary: fc
        .constantFrom('2020-13-01', '2020-00-10', '2020-02-32', '2020-02-30', '2021-02-29', 'not a date', '')
        .map((text) => ({
          day: undefined,
          text,
        })),
    },
  );

interface ConvictionModel {
  custodial: boolean;
  startDate: SentenceDate | undefined; // undefined: no sentence, or a sentence without a start date
  noSentence: boolean;
}
const conviction: fc.Arbitrary<ConvictionModel> = fc.record({
  custodial: fc.oneof(
    { weight: 5, arbitrary: fc.constant(true) },
    { weight: 1, arbitrary: fc.constant(false) },
  ),
  startDate: fc.oneof(
    { weight: 6, arbitrary: sentenceDate(10) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  ),
  noSentence: fc.oneof(
    { weight: 6, arbitrary: fc.constant(false) },
    { weight: 1, arbitrary: fc.constant(true) },
  ),
});

interface PrisonerModel {
  nomsIdentity: number;
  merged: number[];
  pnc: Written;
  cro: Written;
  sentence: SentenceDate;
}
const prisonerModel: fc.Arbitrary<PrisonerModel> = fc.record({
  nomsIdentity: identityOf(NOMS_NUMBERS.length),
  merged: fc.subarray([0, 1, 2, 3], { maxLength: 2 }),
  pnc,
  cro,
  sentence: sentenceDate(3),
});

interface CandidateModel {
  crn: string;
  pnc: Written;
  cro: Written;
  noms: Written;
}
const CRNS = ['X1', 'X2', 'X3', 'A4'];
const candidateModel: fc.Arbitrary<CandidateModel> = fc.record({
  crn: fc.constantFrom(...CRNS),
  pnc,
  cro,
  noms: nomsNumber,
});

/** Delius convictions belong to the case (CRN), so every candidate with the same CRN has the same ones. */
const convictionsByCrn = fc.record(
  Object.fromEntries(
    CRNS.map((crn) => [crn, fc.array(conviction, { minLength: 1, maxLength: 3 })]),
  ) as Record<string, fc.Arbitrary<ConvictionModel[]>>,
);

function toConviction(model: ConvictionModel, index: number): Conviction {
  return {
    index: String(index + 1),
    active: true,
    ...(!model.noSentence && {
      sentence: model.startDate ? { startDate: model.startDate.text } : { description: 'no start date' },
    }),
    ...(model.custodial && {
      custody: { bookingNumber: '38339A', sentenceStartDate: '2020-02-25' } as never,
    }),
  };
}

function toCandidate(model: CandidateModel, convictions: Record<string, ConvictionModel[]>): MatchCandidate {
  return {
    offender: {
      otherIds: {
        crn: model.crn,
        ...(model.pnc.text !== undefined && { pncNumber: model.pnc.text }),
        ...(model.cro.text !== undefined && { croNumber: model.cro.text }),
        ...(model.noms.text !== undefined && { nomsNumber: model.noms.text }),
      },
    },
    convictions: convictions[model.crn].map(toConviction),
  };
}

function toPrisoner(model: PrisonerModel): MatchingPrisoner {
  return {
    offenderNo: NOMS_NUMBERS[model.nomsIdentity],
    ...(model.pnc.text !== undefined && { pncNumber: model.pnc.text }),
    ...(model.cro.text !== undefined && { croNumber: model.cro.text }),
    mergedNomsNumbers: model.merged.map((i) => NOMS_NUMBERS[i]),
    sentenceStartDate: model.sentence.text,
  };
}

// The oracle, written from the rules as documented, on identities.

/** Two sides contradict only when both hold the identifier and they are different people's. */
function contradicts(a: Written, b: Written): boolean {
  return a.identity !== undefined && b.identity !== undefined && a.identity !== b.identity;
}

function oraclePasses(
  prisoner: PrisonerModel,
  candidate: CandidateModel,
  convictions: Record<string, ConvictionModel[]>,
): boolean {
  if (contradicts(prisoner.pnc, candidate.pnc)) return false;
  if (contradicts(prisoner.cro, candidate.cro)) return false;
  const prisonerDay = prisoner.sentence.day;
  const nearDate = convictions[candidate.crn].some((c) => {
    const day = c.noSentence ? undefined : c.startDate?.day;
    return c.custodial && day !== undefined && prisonerDay !== undefined && Math.abs(day - prisonerDay) <= 7;
  });
  if (!nearDate) return false;
  const own = [prisoner.nomsIdentity, ...prisoner.merged];
  return candidate.noms.identity === undefined || own.includes(candidate.noms.identity);
}

type OracleOutcome =
  | { kind: 'matched'; crn: string; passingCrns: string[] }
  | { kind: 'unmatched'; status: string; passingCrns: string[] };

function oracleDecision(
  prisoner: PrisonerModel,
  candidates: readonly CandidateModel[],
  convictions: Record<string, ConvictionModel[]>,
): OracleOutcome {
  const passing = [
    ...new Set(candidates.filter((c) => oraclePasses(prisoner, c, convictions)).map((c) => c.crn)),
  ].sort();
  if (candidates.length === 0) return { kind: 'unmatched', status: 'NO_MATCH', passingCrns: passing };
  if (passing.length === 0) {
    return { kind: 'unmatched', status: 'NO_MATCH_WITH_SENTENCE_DATE', passingCrns: passing };
  }
  if (passing.length > 1) return { kind: 'unmatched', status: 'TOO_MANY_MATCHES', passingCrns: passing };
  return { kind: 'matched', crn: passing[0], passingCrns: passing };
}

function outcomeOf(decision: MatchDecision): OracleOutcome {
  return decision.kind === 'matched'
    ? { kind: 'matched', crn: decision.crn, passingCrns: [...decision.passingCrns] }
    : { kind: 'unmatched', status: decision.status, passingCrns: [...decision.passingCrns] };
}

const world = fc.record({
  prisoner: prisonerModel,
  candidates: fc.array(candidateModel, { maxLength: 5 }),
  convictions: convictionsByCrn,
});

describe('decideMatch (properties)', () => {
  it('matches a CRN exactly when one distinct CRN passes every rule, and reports the status the oracle gives otherwise', () => {
    fc.assert(
      fc.property(world, ({ prisoner, candidates, convictions }) => {
        const decision = decideMatch(
          toPrisoner(prisoner),
          candidates.map((c) => toCandidate(c, convictions)),
        );
        expect(outcomeOf(decision)).toEqual(oracleDecision(prisoner, candidates, convictions));
        if (decision.kind === 'matched') expect(decision.matchingCrns).toEqual([decision.crn]);
      }),
      RUNS,
    );
  });

  it('gives the same decision whatever order offender-search lists the candidates in', () => {
    fc.assert(
      fc.property(
        world.chain((w) =>
          fc.tuple(
            fc.constant(w),
            fc.shuffledSubarray(w.candidates, {
              minLength: w.candidates.length,
              maxLength: w.candidates.length,
            }),
          ),
        ),
        ([{ prisoner, candidates, convictions }, shuffled]) => {
          const decide = (list: readonly CandidateModel[]) =>
            outcomeOf(
              decideMatch(
                toPrisoner(prisoner),
                list.map((c) => toCandidate(c, convictions)),
              ),
            );
          expect(decide(shuffled)).toEqual(decide(candidates));
        },
      ),
      RUNS,
    );
  });
});

/** offender-search's answer for one pass: which cascade step answered, and its cases. */
const answer = fc.record({
  matchedBy: fc.constantFrom<MatchedBy>(...MATCHED_BY),
  candidates: fc.array(candidateModel, { maxLength: 4 }),
});

function toAnswer(
  { matchedBy, candidates }: { matchedBy: MatchedBy; candidates: CandidateModel[] },
  convictions: Record<string, ConvictionModel[]>,
): OffenderMatches {
  return {
    matchedBy,
    matches: candidates.map((c) => ({ offender: toCandidate(c, convictions).offender })),
  };
}

function attemptWith(upstreams: Attempt['upstreams']): Attempt {
  return {
    upstreams,
    interestedPrisons: [],
    withheldWrites: false,
    now: () => new Date('2026-01-15T10:00:00.000Z'),
    track: () => undefined,
    write: () => Promise.reject(new Error('matching never writes')),
    owe: () => Promise.reject(new Error('matching owes no events')),
    intend: () => Promise.reject(new Error('matching records no intent')),
    forgetIntent: () => Promise.reject(new Error('matching records no intent')),
    eventsOfSettledIntent: () => undefined,
  };
}

describe('matchPrisoner (properties)', () => {
  it('matches a CRN only when exactly one distinct CRN of the deciding search passes every rule (the first, when the second finds nobody)', async () => {
    await fc.assert(
      fc.asyncProperty(
        prisonerModel,
        answer,
        answer,
        convictionsByCrn,
        async (prisoner, first, second, convictions) => {
          const journal = new CallJournal();
          const prisonApi = new FakePrisonApi(journal);
          const offenderSearch = new FakeOffenderSearch(journal);
          const communityApi = new FakeCommunityApi(journal);
          const offenderNo = NOMS_NUMBERS[prisoner.nomsIdentity];
          prisonApi.prisoners = [
            buildPrisonerDetails({ offenderNo, pncNumber: prisoner.pnc.text, croNumber: prisoner.cro.text }),
          ];
          prisonApi.mergedIdentifiers = prisoner.merged.map((i) =>
            buildMergedIdentifier(` ${NOMS_NUMBERS[i]} `),
          );
          // The first search names the NOMS number; the second, if asked, leaves it out.
          offenderSearch.answer = (request) =>
            toAnswer(request.nomsNumber === undefined ? second : first, convictions);
          communityApi.convictions = new Map(
            Object.entries(convictions).map(([crn, list]) => [crn, list.map(toConviction)]),
          );

          const decision = await matchPrisoner(
            buildBooking({ offenderNo }),
            prisoner.sentence.text,
            attemptWith({ prisonApi, offenderSearch, communityApi }),
          );

          // Asked again without the NOMS number only when a NOMS-number step answered and none of its cases passed.
          const firstOutcome = oracleDecision(prisoner, first.candidates, convictions);
          const byNomsNumber =
            first.matchedBy === 'HMPPS_KEY' ||
            ((first.matchedBy === 'ALL_SUPPLIED' || first.matchedBy === 'ALL_SUPPLIED_ALIAS') &&
              first.candidates.some((c) => c.noms.identity === prisoner.nomsIdentity));
          const asksAgain = firstOutcome.passingCrns.length === 0 && byNomsNumber;
          // A second search that finds nobody leaves the first one's decision standing.
          const expected =
            asksAgain && second.candidates.length > 0
              ? oracleDecision(prisoner, second.candidates, convictions)
              : firstOutcome;

          expect(outcomeOf(decision)).toEqual(expected);
          expect(offenderSearch.requests).toHaveLength(asksAgain ? 2 : 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
