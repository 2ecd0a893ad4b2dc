import { inclusiveBounds, earlierOf, londonDaysBetween } from './report-ranges';

const at = (iso: string) => new Date(iso);

describe('inclusiveBounds', () => {
  it('turns strict bounds into inclusive ones a millisecond inside', () => {
    expect(inclusiveBounds(at('2026-01-01T00:00:00Z'), at('2026-01-02T00:00:00Z'))).toEqual({
      from: '2026-01-01T00:00:00.001Z',
      to: '2026-01-01T23:59:59.999Z',
    });
  });

  it('leaves open bounds open', () => {
    expect(inclusiveBounds()).toEqual({});
    expect(inclusiveBounds(undefined, at('2026-01-02T00:00:00Z'))).toEqual({
      to: '2026-01-01T23:59:59.999Z',
    });
  });

  it('takes the later of the start bound and an inclusive lower bound', () => {
    const after = at('2026-01-01T00:00:00Z');
    expect(inclusiveBounds(after, undefined, '2026-01-05T00:00:00.000Z')).toEqual({
      from: '2026-01-05T00:00:00.000Z',
    });
    expect(inclusiveBounds(after, undefined, '2025-12-05T00:00:00.000Z')).toEqual({
      from: '2026-01-01T00:00:00.001Z',
    });
  });

  it('says so when nothing fits, including bounds a millisecond apart', () => {
    expect(
      inclusiveBounds(undefined, at('2026-01-02T00:00:00Z'), '2026-01-03T00:00:00.000Z'),
    ).toBeUndefined();
    expect(inclusiveBounds(at('2026-01-01T00:00:00.000Z'), at('2026-01-01T00:00:00.001Z'))).toBeUndefined();
  });
});

describe('londonDaysBetween', () => {
  const latest = at('2026-07-10T12:00:00Z');

  it('lists the London days of the range, a late-evening UTC instant counting for the next day in summer', () => {
    expect(londonDaysBetween(at('2026-07-07T23:30:00Z'), at('2026-07-09T10:00:00Z'), latest, 40)).toEqual([
      '2026-07-08',
      '2026-07-09',
    ]);
  });

  it('stops at the latest instant when the range is open or reaches beyond it', () => {
    expect(londonDaysBetween(at('2026-07-09T10:00:00Z'), undefined, latest, 40)).toEqual([
      '2026-07-09',
      '2026-07-10',
    ]);
    expect(
      londonDaysBetween(at('2026-07-09T10:00:00Z'), at('2030-01-01T00:00:00Z'), latest, 40),
    ).toHaveLength(2);
  });

  it('gives no days for a range that starts after the latest instant, and gives up beyond the maximum', () => {
    expect(londonDaysBetween(at('2026-07-11T10:00:00Z'), undefined, latest, 40)).toEqual([]);
    expect(londonDaysBetween(at('2026-05-01T10:00:00Z'), undefined, latest, 40)).toBeUndefined();
    expect(londonDaysBetween(at('2026-06-01T10:00:00Z'), undefined, latest, 40)).toHaveLength(40);
  });
});

describe('earlierOf', () => {
  it('picks the earlier instant, ignoring an open one', () => {
    expect(earlierOf(at('2026-01-02T00:00:00Z'), at('2026-01-01T00:00:00Z'))).toEqual(
      at('2026-01-01T00:00:00Z'),
    );
    expect(earlierOf(undefined, at('2026-01-01T00:00:00Z'))).toEqual(at('2026-01-01T00:00:00Z'));
    expect(earlierOf(undefined, undefined)).toBeUndefined();
  });
});
