import { isWithinSentenceDateWindow } from './sentence-date-window';

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
