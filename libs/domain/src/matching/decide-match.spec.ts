import { buildCandidateOffender, buildConviction } from '../testing/build-delius-values';
import type { Conviction } from '../upstream/delius';
import type { OffenderIds } from '../upstream/delius';
import {
  decideMatch,
  isWithinSentenceDateWindow,
  type MatchCandidate,
  type MatchingPrisoner,
} from './decide-match';

const prisoner: MatchingPrisoner = {
  offenderNo: 'A5089DY',
  pncNumber: '2019/0012345X',
  croNumber: '123456/19A',
  mergedNomsNumbers: [],
  sentenceStartDate: '2020-01-30',
};

/** A case with one custodial conviction starting on `startDate` (by default the prisoner's sentence start). */
const candidate = (
  otherIds: Partial<OffenderIds>,
  convictions: Conviction[] = [buildConviction({ sentence: { startDate: prisoner.sentenceStartDate } })],
): MatchCandidate => ({ offender: buildCandidateOffender(otherIds), convictions });

const custodialFrom = (startDate: string) => [buildConviction({ sentence: { startDate } })];

describe('decideMatch', () => {
  it('when offender-search found nobody (NOTHING), then NO_MATCH with no CRNs', () => {
    expect(decideMatch(prisoner, [])).toEqual({
      kind: 'unmatched',
      status: 'NO_MATCH',
      candidateCrns: [],
      passingCrns: [],
      matchingCrns: [],
      nomsNumberHolderCrns: [],
      otherPrisonersCases: [],
    });
  });

  it('when an EXTERNAL_KEY candidate’s custodial sentence started in 1988, then NO_MATCH_WITH_SENTENCE_DATE keeping the CRNs searched', () => {
    const decision = decideMatch(prisoner, [candidate({ crn: 'X12345' }, custodialFrom('1988-01-30'))]);
    expect(decision).toMatchObject({
      kind: 'unmatched',
      status: 'NO_MATCH_WITH_SENTENCE_DATE',
      matchingCrns: ['X12345'],
    });
  });

  it.each(['HMPPS_KEY', 'ALL_SUPPLIED_ALIAS', 'ALL_SUPPLIED'])(
    'when offender-search says %s but the sentence date does not match, then NO_MATCH_WITH_SENTENCE_DATE (stricter than the original, which accepted it)',
    () => {
      const decision = decideMatch(prisoner, [candidate({ crn: 'X12345' }, custodialFrom('2019-03-12'))]);
      expect(decision).toMatchObject({ kind: 'unmatched', status: 'NO_MATCH_WITH_SENTENCE_DATE' });
    },
  );

  it('when an ALL_SUPPLIED candidate already holds the NOMS number and its sentence matches, then it is matched with no NOMS write', () => {
    expect(decideMatch(prisoner, [candidate({ crn: 'X12345', nomsNumber: 'A5089DY' })])).toEqual({
      kind: 'matched',
      crn: 'X12345',
      heldNomsNumber: 'A5089DY',
      candidateCrns: ['X12345'],
      passingCrns: ['X12345'],
      matchingCrns: ['X12345'],
      nomsNumberHolderCrns: ['X12345'],
      otherPrisonersCases: [],
    });
  });

  it('when a single EXTERNAL_KEY candidate has no NOMS number, then it is matched holding none', () => {
    const decision = decideMatch(prisoner, [candidate({ crn: 'X12345', nomsNumber: undefined })]);
    expect(decision).toMatchObject({ kind: 'matched', crn: 'X12345', nomsNumberHolderCrns: [] });
    expect(decision).not.toHaveProperty('heldNomsNumber');
  });

  it('when two distinct CRNs pass, then TOO_MANY_MATCHES recording only the passing CRNs', () => {
    const decision = decideMatch(prisoner, [
      candidate({ crn: 'X22222' }),
      candidate({ crn: 'A33333' }, custodialFrom('2001-01-01')),
      candidate({ crn: 'X11111' }),
    ]);
    expect(decision).toMatchObject({
      kind: 'unmatched',
      status: 'TOO_MANY_MATCHES',
      candidateCrns: ['A33333', 'X11111', 'X22222'],
      passingCrns: ['X11111', 'X22222'],
      matchingCrns: ['X11111', 'X22222'],
    });
  });

  it('when offender-search returns the same CRN twice, then it counts as one match', () => {
    const decision = decideMatch(prisoner, [candidate({ crn: 'X12345' }), candidate({ crn: 'X12345' })]);
    expect(decision).toMatchObject({ kind: 'matched', crn: 'X12345' });
  });

  it('when two candidates are found and one passes, then the summary holds both CRNs and the one filtered CRN', () => {
    const decision = decideMatch(prisoner, [
      candidate({ crn: 'X12345' }),
      candidate({ crn: 'A12345' }, custodialFrom('2019-03-12')),
    ]);
    expect(decision).toMatchObject({
      kind: 'matched',
      crn: 'X12345',
      candidateCrns: ['A12345', 'X12345'],
      passingCrns: ['X12345'],
    });
  });

  describe('sentence date window', () => {
    it.each(['2020-01-30', '2020-01-23', '2020-02-06'])(
      'when the custodial sentence started %s (within 7 days), then it passes',
      (startDate) => {
        expect(decideMatch(prisoner, [candidate({}, custodialFrom(startDate))]).kind).toBe('matched');
      },
    );

    it.each(['2020-01-22', '2020-02-07', '2019-03-12'])(
      'when the custodial sentence started %s (outside 7 days), then it fails',
      (startDate) => {
        expect(decideMatch(prisoner, [candidate({}, custodialFrom(startDate))]).kind).toBe('unmatched');
      },
    );
  });

  describe('convictions', () => {
    it('when the only conviction on the date is non-custodial, then it fails', () => {
      const convictions = [
        buildConviction({ custody: undefined, sentence: { startDate: prisoner.sentenceStartDate } }),
      ];
      expect(decideMatch(prisoner, [candidate({}, convictions)]).kind).toBe('unmatched');
    });

    it('when the custodial conviction is inactive (possibly a recall), then it still passes', () => {
      const convictions = [
        buildConviction({ active: false, sentence: { startDate: prisoner.sentenceStartDate } }),
      ];
      expect(decideMatch(prisoner, [candidate({}, convictions)]).kind).toBe('matched');
    });

    it('when the conviction has no sentence, then it fails', () => {
      expect(decideMatch(prisoner, [candidate({}, [buildConviction({ sentence: undefined })])]).kind).toBe(
        'unmatched',
      );
    });

    it('when any one of several convictions is custodial and on the date, then it passes', () => {
      const convictions = [buildConviction({ custody: undefined }), ...custodialFrom('2020-02-02')];
      expect(decideMatch(prisoner, [candidate({}, convictions)]).kind).toBe('matched');
    });
  });

  describe('identifiers', () => {
    it('when the candidate’s PNC is the prisoner’s in its short form, then it passes', () => {
      expect(decideMatch(prisoner, [candidate({ pncNumber: '19/12345X' })]).kind).toBe('matched');
    });

    it('when the candidate’s PNC is another number, then it fails even with the sentence on the date', () => {
      expect(decideMatch(prisoner, [candidate({ pncNumber: '19/54321X' })])).toMatchObject({
        kind: 'unmatched',
        status: 'NO_MATCH_WITH_SENTENCE_DATE',
      });
    });

    it('when the candidate’s CRO is another number, then it fails', () => {
      expect(decideMatch(prisoner, [candidate({ croNumber: '999999/19Z' })]).kind).toBe('unmatched');
    });

    it('when either side has no PNC or CRO, then nothing contradicts and it passes', () => {
      expect(decideMatch(prisoner, [candidate({ pncNumber: undefined, croNumber: undefined })]).kind).toBe(
        'matched',
      );
      const bare = { ...prisoner, pncNumber: undefined, croNumber: undefined };
      expect(decideMatch(bare, [candidate({ pncNumber: '19/54321X', croNumber: '999999/19Z' })]).kind).toBe(
        'matched',
      );
    });

    it('when a contradicting candidate is dropped, then the remaining single candidate is matched', () => {
      const decision = decideMatch(prisoner, [
        candidate({ crn: 'X1', pncNumber: '19/54321X' }),
        candidate({ crn: 'X2' }),
      ]);
      expect(decision).toMatchObject({ kind: 'matched', crn: 'X2', candidateCrns: ['X1', 'X2'] });
    });
  });

  describe('NOMS numbers', () => {
    const bare = { ...prisoner, pncNumber: undefined, croNumber: undefined };
    const lookAlike = (nomsNumber: string | undefined) =>
      candidate({ crn: 'X12345', pncNumber: undefined, croNumber: undefined, nomsNumber });

    it('when the one case passing the sentence-date rule is linked to another prisoner (no PNC or CRO anywhere), then it is not matched and the number it holds is named', () => {
      expect(decideMatch(bare, [lookAlike('G1234AA')])).toEqual({
        kind: 'unmatched',
        status: 'NO_MATCH_WITH_SENTENCE_DATE',
        candidateCrns: ['X12345'],
        passingCrns: [],
        matchingCrns: ['X12345'],
        nomsNumberHolderCrns: [],
        otherPrisonersCases: [{ crn: 'X12345', nomsNumber: 'G1234AA' }],
      });
    });

    it('when the number is written in another case or with spaces, then it is still the prisoner’s own', () => {
      expect(decideMatch(bare, [lookAlike(' a5089dy ')])).toMatchObject({ kind: 'matched' });
    });

    it('when a case linked to another prisoner also fails the sentence date, then it is not reported as linked elsewhere', () => {
      const decision = decideMatch(bare, [
        candidate({ crn: 'X12345', nomsNumber: 'G1234AA' }, custodialFrom('2001-01-01')),
      ]);
      expect(decision).toMatchObject({ kind: 'unmatched', otherPrisonersCases: [] });
    });

    it('when the only case passing holds a number merged into the prisoner’s, then it is theirs: matched, holding the merged number', () => {
      const merged = { ...bare, mergedNomsNumbers: ['A9999DY'] };
      expect(decideMatch(merged, [lookAlike('A9999DY')])).toMatchObject({
        kind: 'matched',
        crn: 'X12345',
        heldNomsNumber: 'A9999DY',
        otherPrisonersCases: [],
      });
    });

    it('when a case holding a merged number passes alongside another case, then TOO_MANY_MATCHES', () => {
      const merged = { ...bare, mergedNomsNumbers: ['A9999DY'] };
      const decision = decideMatch(merged, [
        lookAlike('A9999DY'),
        candidate({ crn: 'X2', nomsNumber: undefined }),
      ]);
      expect(decision).toMatchObject({ kind: 'unmatched', status: 'TOO_MANY_MATCHES' });
    });

    it('when a case holding the prisoner’s number fails the sentence date, then it is still named as a holder', () => {
      const decision = decideMatch(bare, [
        candidate({ crn: 'X9', nomsNumber: 'A5089DY' }, custodialFrom('2001-01-01')),
        candidate({ crn: 'X12345', nomsNumber: undefined }),
      ]);
      expect(decision).toMatchObject({ kind: 'matched', crn: 'X12345', nomsNumberHolderCrns: ['X9'] });
    });
  });
});

describe('isWithinSentenceDateWindow', () => {
  it('holds dates up to 7 calendar days apart either way, across a month end', () => {
    expect(isWithinSentenceDateWindow('2020-02-25', '2020-03-03')).toBe(true);
    expect(isWithinSentenceDateWindow('2020-03-03', '2020-02-25')).toBe(true);
    expect(isWithinSentenceDateWindow('2020-02-25', '2020-03-04')).toBe(false);
  });

  it.each(['2020-02-30', '2021-02-29', '2020-13-01', 'not a date'])(
    'when the Delius date is %j, an impossible day, then it is never within',
    (deliusDate) => {
      expect(isWithinSentenceDateWindow(deliusDate, '2020-02-28')).toBe(false);
    },
  );
});
