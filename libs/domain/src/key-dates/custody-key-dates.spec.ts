import { buildSentenceDetail } from '../testing/build-prison-values';
import { custodyKeyDatesFor, keyDatesUpdate } from './custody-key-dates';

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

  it('when NOMIS has no dates, then it names none', () => {
    expect(custodyKeyDatesFor({ sentenceStartDate: '2020-02-11' })).toEqual({});
  });
});

describe('keyDatesUpdate', () => {
  const nomis = custodyKeyDatesFor(everyDate);

  it('when Delius holds exactly NOMIS’s dates, then nothing is written', () => {
    expect(keyDatesUpdate(nomis, { ...nomis })).toBeUndefined();
  });

  it('when one date differs, then only that date is a change, and the body carries every date', () => {
    const delius = { ...nomis, licenceExpiryDate: '2021-01-01' };
    expect(keyDatesUpdate(nomis, delius)).toEqual({
      changes: [{ code: 'LED', field: 'licenceExpiryDate', from: '2021-01-01', to: '2021-02-10' }],
      body: nomis,
    });
  });

  it('when NOMIS lacks a date Delius holds, then it is no change and the body carries Delius’s own value', () => {
    const withoutPed = custodyKeyDatesFor({ ...everyDate, paroleEligibilityDate: undefined });
    expect(keyDatesUpdate(withoutPed, nomis)).toBeUndefined();

    const recalculated = { ...withoutPed, conditionalReleaseDate: '2020-09-30' };
    expect(keyDatesUpdate(recalculated, nomis)).toEqual({
      changes: [{ code: 'ACR', field: 'conditionalReleaseDate', from: '2020-08-10', to: '2020-09-30' }],
      body: { ...nomis, conditionalReleaseDate: '2020-09-30', paroleEligibilityDate: '2020-07-01' },
    });
  });

  it('when the custody record has no key dates yet, then every date NOMIS has is a change', () => {
    expect(keyDatesUpdate(nomis, undefined)?.changes.map((change) => change.code)).toEqual([
      'ACR',
      'LED',
      'HDE',
      'PED',
      'SED',
      'EXP',
      'PSSED',
    ]);
  });

  it('when NOMIS has no dates, then nothing is written whatever Delius holds', () => {
    expect(keyDatesUpdate({}, nomis)).toBeUndefined();
    expect(keyDatesUpdate({}, {})).toBeUndefined();
  });
});
