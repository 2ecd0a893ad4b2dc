import { buildSentenceDetail } from '../testing/build-prison-values';
import { custodyKeyDatesFor, keyDateChanges, wouldChangeKeyDates } from './custody-key-dates';

const everyDate = buildSentenceDetail({
  sentenceStartDate: '2020-02-11',
  conditionalReleaseDate: '2020-08-10',
  licenceExpiryDate: '2021-02-10',
  homeDetentionCurfewEligibilityDate: '2020-06-28',
  paroleEligibilityDate: '2020-07-01',
  sentenceExpiryDate: '2021-02-11',
  confirmedReleaseDate: '2020-08-09',
  releaseDate: '2020-08-12',
  topupSupervisionExpiryDate: '2021-08-10',
});

describe('custodyKeyDatesFor', () => {
  it('maps each sentence date to the key date Delius holds it as', () => {
    expect(custodyKeyDatesFor(everyDate)).toEqual({
      conditionalReleaseDate: '2020-08-10',
      licenceExpiryDate: '2021-02-10',
      hdcEligibilityDate: '2020-06-28',
      paroleEligibilityDate: '2020-07-01',
      sentenceExpiryDate: '2021-02-11',
      expectedReleaseDate: '2020-08-09',
      postSentenceSupervisionEndDate: '2021-08-10',
    });
  });

  it('when a conditional release override is present, then ACR is the override', () => {
    const dates = custodyKeyDatesFor({ ...everyDate, conditionalReleaseOverrideDate: '2020-09-01' });
    expect(dates.conditionalReleaseDate).toBe('2020-09-01');
  });

  it('when the override is an empty string, then ACR is still the calculated date, not deleted', () => {
    const dates = custodyKeyDatesFor({ ...everyDate, conditionalReleaseOverrideDate: '' });
    expect(dates.conditionalReleaseDate).toBe('2020-08-10');
  });

  it('when there is no confirmed release date, then EXP is left out even though a release date is calculated', () => {
    const dates = custodyKeyDatesFor({ ...everyDate, confirmedReleaseDate: undefined });
    expect(dates).not.toHaveProperty('expectedReleaseDate');
  });

  it('when NOMIS has no dates, then the write holds none (so Delius deletes its own)', () => {
    expect(custodyKeyDatesFor({ sentenceStartDate: '2020-02-11' })).toEqual({});
  });
});

describe('keyDateChanges / wouldChangeKeyDates', () => {
  const planned = custodyKeyDatesFor(everyDate);

  it('when Delius holds exactly the planned dates, then the write would change nothing', () => {
    expect(keyDateChanges(planned, { ...planned })).toEqual([]);
    expect(wouldChangeKeyDates(planned, { ...planned })).toBe(false);
  });

  it('when a date differs, then that key date is reported with both values', () => {
    const current = { ...planned, licenceExpiryDate: '2021-01-01' };
    expect(keyDateChanges(planned, current)).toEqual([
      { code: 'LED', field: 'licenceExpiryDate', from: '2021-01-01', to: '2021-02-10' },
    ]);
    expect(wouldChangeKeyDates(planned, current)).toBe(true);
  });

  it('when Delius holds a date the write leaves out, then the deletion is a change', () => {
    const withoutPed = custodyKeyDatesFor({ ...everyDate, paroleEligibilityDate: undefined });
    expect(keyDateChanges(withoutPed, planned)).toEqual([
      { code: 'PED', field: 'paroleEligibilityDate', from: '2020-07-01' },
    ]);
  });

  it('when the custody record has no key dates yet, then every planned date is a change', () => {
    expect(keyDateChanges(planned, undefined).map((change) => change.code)).toEqual([
      'ACR',
      'LED',
      'HDE',
      'PED',
      'SED',
      'EXP',
      'PSSED',
    ]);
  });

  it('when neither side has any dates, then nothing changes', () => {
    expect(wouldChangeKeyDates({}, {})).toBe(false);
  });
});
