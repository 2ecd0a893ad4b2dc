import { endOfLondonDayEpochSeconds, instantOfLondon, londonDate, londonDateTime } from './london';

describe('London calendar', () => {
  it('prints winter instants unchanged and summer instants an hour on', () => {
    expect(londonDateTime(new Date('2026-01-15T10:00:00Z'))).toBe('2026-01-15T10:00:00');
    expect(londonDateTime(new Date('2026-07-15T23:30:00Z'))).toBe('2026-07-16T00:30:00');
    expect(londonDate(new Date('2026-07-15T23:30:00Z'))).toBe('2026-07-16');
  });

  it('reads London wall-clock times back to instants in both seasons', () => {
    expect(instantOfLondon('2026-01-15T10:00:00').toISOString()).toBe('2026-01-15T10:00:00.000Z');
    expect(instantOfLondon('2026-07-16T00:30:00').toISOString()).toBe('2026-07-15T23:30:00.000Z');
    expect(instantOfLondon('2026-07-16').toISOString()).toBe('2026-07-15T23:00:00.000Z');
  });

  it('takes the first occurrence of an autumn hour and moves a spring gap time forward', () => {
    expect(instantOfLondon('2026-10-25T01:30:00').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(instantOfLondon('2026-03-29T01:30:00').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses offsets and impossible dates', () => {
    expect(() => instantOfLondon('2026-01-15T10:00:00Z')).toThrow(RangeError);
    expect(() => instantOfLondon('2026-02-30')).toThrow(/not a real date/);
  });

  it('ends a summer day at 22:59:59 UTC and a winter day at 23:59:59 UTC', () => {
    expect(new Date(endOfLondonDayEpochSeconds('2026-07-16') * 1000).toISOString()).toBe(
      '2026-07-16T22:59:59.000Z',
    );
    expect(new Date(endOfLondonDayEpochSeconds('2026-12-31') * 1000).toISOString()).toBe(
      '2026-12-31T23:59:59.000Z',
    );
  });
});
