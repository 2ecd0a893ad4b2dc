import { parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['15m', 900_000],
    ['0m', 0],
    ['500ms', 500],
    ['10s', 10_000],
    ['2h', 7_200_000],
    ['1d', 86_400_000],
    ['PT1H', 3_600_000],
    ['PT1M30S', 90_000],
    ['P1DT2H', 93_600_000],
    ['pt15m', 900_000],
  ])('reads %s as %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '15', 'm', 'fifteen minutes', '-5m', 'P', 'PT', '15 m', '1w'])(
    'rejects "%s" naming the forms allowed',
    (text) => {
      expect(() => parseDuration(text)).toThrow(/is not a duration/);
    },
  );

  it.each(['1'.repeat(400) + 'ms', '9007199254740993ms', 'P99999999999D'])(
    'rejects "%s", too long to be read back as written',
    (text) => {
      expect(() => parseDuration(text)).toThrow(/is too long to be a duration/);
    },
  );
});
