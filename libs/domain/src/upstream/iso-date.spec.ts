import { isIsoDate } from './prison';

describe('isIsoDate', () => {
  it.each(['2020-02-11', '2024-02-29', '1970-01-01'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(['2020-2-11', '2023-02-29', '2020-13-01', '2020-02-11T00:00:00', '11/02/2020', ''])(
    'refuses %s',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );
});
