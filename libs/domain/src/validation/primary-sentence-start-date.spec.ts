import { buildSentenceTerm } from '../testing/build-prison-values';
import { primarySentenceStartDate } from './validate-event';

describe('primarySentenceStartDate', () => {
  it('when a later term is consecutive to another, then the latest primary start wins (the original fixture)', () => {
    const terms = [
      buildSentenceTerm({ startDate: '2020-02-11' }),
      buildSentenceTerm({ startDate: '2020-03-11', consecutiveTo: 61 }),
      buildSentenceTerm({ startDate: '2020-01-13' }),
    ];
    expect(primarySentenceStartDate(terms)).toBe('2020-02-11');
  });

  it('chooses 2020-01-30 over a consecutive 2020-02-28 and ignores terms without a start date', () => {
    const terms = [
      buildSentenceTerm({ startDate: '2020-01-30' }),
      buildSentenceTerm({ startDate: '2020-02-28', consecutiveTo: 1 }),
      buildSentenceTerm({ startDate: undefined }),
      buildSentenceTerm({ startDate: '2019-12-01' }),
    ];
    expect(primarySentenceStartDate(terms)).toBe('2020-01-30');
  });

  it('when every term is consecutive or undated, then there is no primary sentence start date', () => {
    const terms = [
      buildSentenceTerm({ startDate: '2020-02-28', consecutiveTo: 1 }),
      buildSentenceTerm({ startDate: undefined }),
    ];
    expect(primarySentenceStartDate(terms)).toBeUndefined();
  });

  it('when there are no terms, then there is no primary sentence start date', () => {
    expect(primarySentenceStartDate([])).toBeUndefined();
  });
});
