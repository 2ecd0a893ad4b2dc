import { londonDaysBefore } from './report-ranges';

describe('londonDaysBefore', () => {
  it('keeps milliseconds and counts whole days in one season', () => {
    expect(londonDaysBefore(new Date('2026-01-15T10:00:00.250Z'), 8).toISOString()).toBe(
      '2026-01-07T10:00:00.250Z',
    );
    expect(londonDaysBefore(new Date('2026-01-15T10:00:00.000Z'), 0).toISOString()).toBe(
      '2026-01-15T10:00:00.000Z',
    );
  });

  it('keeps the London clock time across the spring change, so the span is 23 hours short of a week', () => {
    // 2026-04-02 11:00 BST, a week earlier is 2026-03-26 11:00 GMT.
    expect(londonDaysBefore(new Date('2026-04-02T10:00:00.000Z'), 7).toISOString()).toBe(
      '2026-03-26T11:00:00.000Z',
    );
  });
});
