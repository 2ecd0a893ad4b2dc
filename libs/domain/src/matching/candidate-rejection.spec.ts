import { buildCandidateOffender, buildConviction } from '../testing/build-delius-values';
import { candidateRejection } from './decide-match';

const prisoner = {
  offenderNo: 'A5089DY',
  pncNumber: '19/12345X',
  croNumber: '123456/19A',
  mergedNomsNumbers: [],
  sentenceStartDate: '2020-02-11',
};

describe('candidateRejection', () => {
  it('when the candidate passes, then there is no rejection', () => {
    expect(
      candidateRejection(prisoner, { offender: buildCandidateOffender(), convictions: [buildConviction()] }),
    ).toBeUndefined();
  });

  it.each([
    ['pnc-contradicts', { pncNumber: '20/1A' }, [buildConviction()]],
    ['cro-contradicts', { croNumber: '1/20A' }, [buildConviction()]],
    ['no-custodial-sentence-near-date', {}, []],
  ] as const)('names the reason %s', (reason, otherIds, convictions) => {
    expect(candidateRejection(prisoner, { offender: buildCandidateOffender(otherIds), convictions })).toBe(
      reason,
    );
  });
});
